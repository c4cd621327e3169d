/**
 * Find in document: the field searches the text of every page (read once, in
 * the background of the reader), Enter and Shift+Enter step through the
 * matches, and the position is announced.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_MATCHES, findMatches, type TextMatch } from '../../core/pdf/find-matches';
import { useT } from '../common/i18n';
import { yieldToBrowser, type PageTexts } from './page-texts';

export interface FindBarProps {
  texts: PageTexts;
  inputRef: RefObject<HTMLInputElement | null>;
  onMatch: (match: TextMatch | null) => void;
}

export function FindBar({ texts, inputRef, onMatch }: FindBarProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<TextMatch[] | null>(null);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    if (!query.trim()) {
      setMatches(null);
      onMatch(null);
      return;
    }
    let live = true;
    setMatches(null);
    void texts.all(yieldToBrowser).then((pages) => {
      if (!live) return;
      const found = findMatches(pages, query);
      setMatches(found);
      setIndex(0);
      onMatch(found[0] ?? null);
    });
    return () => {
      live = false;
    };
  }, [query, texts]);

  const step = (delta: number) => {
    if (!matches || matches.length === 0) return;
    const next = (index + delta + matches.length) % matches.length;
    setIndex(next);
    onMatch(matches[next] ?? null);
  };

  const current = matches?.[index];
  let status = '';
  if (query.trim() && matches === null) status = t('reader_find_searching');
  else if (matches && matches.length === 0) status = t('reader_find_none');
  else if (matches && current)
    status =
      matches.length >= MAX_MATCHES
        ? t('reader_find_position_capped', [index + 1, MAX_MATCHES, current.page])
        : t('reader_find_position', [index + 1, matches.length, current.page]);

  return (
    <div class="reader-find" role="search">
      <label for="reader-find" class="visually-hidden">
        {t('reader_find_label')}
      </label>
      <input
        id="reader-find"
        ref={inputRef}
        type="search"
        placeholder={t('reader_find_label')}
        aria-keyshortcuts="Control+F"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          step(event.shiftKey ? -1 : 1);
        }}
      />
      <button type="button" class="button button--secondary" onClick={() => step(-1)} disabled={!matches?.length}>
        <span aria-hidden="true">↑</span>
        <span class="visually-hidden">{t('reader_find_previous')}</span>
      </button>
      <button type="button" class="button button--secondary" onClick={() => step(1)} disabled={!matches?.length}>
        <span aria-hidden="true">↓</span>
        <span class="visually-hidden">{t('reader_find_next')}</span>
      </button>
      <span class="reader-find__status" role="status">
        {status}
      </span>
    </div>
  );
}
