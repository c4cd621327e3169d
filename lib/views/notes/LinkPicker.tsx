/**
 * "Gekoppeld materiaal": the entries a note links, as checkboxes folded away
 * until wanted: the note's links and the page's suggestions first, a box to
 * find others by title. The choices are asked of the background per filter
 * (`search/link-choices`, at most MAX_LINK_CHOICES besides the note's links),
 * so the picker holds a few titles, never the index. Left out while the first
 * answer is on its way, when the index cannot be read and when it is empty.
 */
import { useId, useState } from 'preact/hooks';
import type { IndexLookup } from '../common/index-lookup';
import { useT } from '../common/i18n';
import { idsKey, idsOf, useIndexAnswer } from '../common/use-index-entries';

export interface LinkPickerProps {
  lookup: IndexLookup;
  /** The entries the note links now (ticked). */
  links: readonly string[];
  /** Ids of the entries suggested for the page: offered first. */
  suggested: readonly string[];
  onToggle: (entryId: string, on: boolean) => void;
}

export function LinkPicker({ lookup, links, suggested, onToggle }: LinkPickerProps) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const linkedKey = idsKey(links);
  const suggestedKey = idsKey(suggested);
  // What the note links stays in view whatever the filter: unticking must always be possible.
  const load = useIndexAnswer(lookup.onChange, [lookup, linkedKey, suggestedKey, filter], () =>
    lookup.linkChoices({ linked: idsOf(linkedKey), suggested: idsOf(suggestedKey), filter }),
  );
  if (load.status !== 'ready' || load.value.size === 0) return null;
  const choices = load.value;
  return (
    <details class="note-editor__links">
      <summary>{t('sidepanel_links_label', links.length)}</summary>
      <fieldset>
        <legend class="visually-hidden">{t('sidepanel_links_legend')}</legend>
        <label for={`${id}-link-filter`}>{t('sidepanel_links_filter')}</label>
        <input id={`${id}-link-filter`} type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
        {choices.shown.map((entry) => (
          <label key={entry.id} class="note-editor__link">
            <input
              type="checkbox"
              checked={links.includes(entry.id)}
              onChange={(event) => onToggle(entry.id, event.currentTarget.checked)}
            />{' '}
            {entry.title}
          </label>
        ))}
        {choices.shown.length === 0 && <p class="muted">{t('sidepanel_links_none')}</p>}
        {choices.hidden > 0 && <p class="muted">{t('sidepanel_links_more')}</p>}
      </fieldset>
    </details>
  );
}
