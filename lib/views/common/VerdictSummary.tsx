/**
 * The verdict on the current tab, with its reasons: shared by popup and side
 * panel. Everything from the page (title, terms) is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/keys';
import type { Reason } from '../../core/recognise/types';
import type { TabState } from '../../core/tab-state';
import { themeLabelKey } from '../../core/themes';
import { evidenceStrength, strengthLabelKey } from '../../core/recognise/strength';
import { AlwaysReadSite } from './AlwaysReadSite';
import { useT } from './i18n';
import type { SiteAccess } from './site-access';

export interface VerdictSummaryProps {
  state: TabState | undefined;
  /** Offered when the tab was not read yet (the popup's activeTab grant makes it possible). */
  onAnalyse?: () => void;
  /** Said when the user asked to read the page and it is still not read (what to do instead). */
  afterFailedRead?: MessageKey;
  /** Offers "always read this site" on a page whose site Regiolens does not read by itself. */
  siteAccess?: SiteAccess;
  /** How many reasons to list. */
  maxReasons?: number;
  /**
   * Takes the reader to a reason's words on the page (the side panel); answers
   * whether they were found. Without it reasons are plain text (the popup closes anyway).
   */
  onShowReason?: (reason: Reason) => Promise<boolean>;
  /** Opens the tab's PDF in Regiolens's reader, offered when the tab shows one in the browser's own viewer. */
  onOpenInReader?: (tabId: number) => void;
}

export function VerdictSummary({
  state,
  onAnalyse,
  afterFailedRead,
  siteAccess,
  maxReasons = 5,
  onShowReason,
  onOpenInReader,
}: VerdictSummaryProps) {
  const t = useT();
  const [notFound, setNotFound] = useState<string | null>(null);
  /** The tab the user asked to read; a hint shows while that tab is still not read. */
  const [askedTab, setAskedTab] = useState<number | null>(null);
  const alwaysRead = siteAccess && state?.url ? <AlwaysReadSite url={state.url} access={siteAccess} /> : null;
  if (!state)
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  if (state.status === 'restricted') return <p class="muted">{t('verdictRestricted')}</p>;
  if (state.status === 'private') return <p class="muted">{t('verdictPrivate')}</p>;
  // The user's own ignore list wins: reading it now would be refused, so say which list keeps it out.
  if (state.status === 'ignored')
    return (
      <p class="muted" data-verdict="ignored">
        {t('verdictIgnored')}
      </p>
    );
  // A document without text (a scan) gets no verdict at all: "not regional" would be a guess.
  if (state.status === 'no-text')
    return (
      <div class="verdict verdict--unknown" data-verdict="no-text">
        <p class="verdict__label">
          <strong>{t('reader_no_text')}</strong>
        </p>
      </div>
    );
  // The browser's viewer admits no extension: "not read", and the way to where it can be read.
  if (state.status === 'pdf')
    return (
      <div class="verdict verdict--unknown" data-verdict="pdf">
        <p class="verdict__label">
          <span class="verdict__dot" aria-hidden="true" />
          <strong>{t('verdictPdf')}</strong>
        </p>
        {onOpenInReader && (
          <button type="button" class="button" onClick={() => onOpenInReader(state.tabId)}>
            {t('openInReader')}
          </button>
        )}
      </div>
    );
  const recognition = state.recognition;
  if (state.status !== 'analysed' || !recognition) {
    return (
      <div class="verdict verdict--unknown" data-verdict={state.status === 'not-allowed' ? 'not-read' : 'unknown'}>
        <p class="verdict__label">
          <span class="verdict__dot" aria-hidden="true" />
          <strong>{t(state.status === 'not-allowed' ? 'verdictNotAllowed' : 'verdict_unknown')}</strong>
        </p>
        {onAnalyse && (
          <button
            type="button"
            class="button"
            onClick={() => {
              setAskedTab(state.tabId);
              onAnalyse();
            }}
          >
            {t('verdictAnalyseNow')}
          </button>
        )}
        {afterFailedRead && askedTab === state.tabId && state.status === 'not-allowed' && (
          <p class="muted" role="status">
            {t(afterFailedRead)}
          </p>
        )}
        {alwaysRead}
      </div>
    );
  }
  const themes = recognition.themes.filter((theme) => theme.score > 0).slice(0, 3);
  const reasons = recognition.why.slice(0, maxReasons);
  return (
    <div class={`verdict verdict--${recognition.verdict}`} data-verdict={recognition.verdict}>
      <p class="verdict__label">
        <span class="verdict__dot" aria-hidden="true" />
        <strong>{t(`verdict_${recognition.verdict}`)}</strong>{' '}
        <span class="muted">({t(strengthLabelKey(evidenceStrength(recognition.score)))})</span>
      </p>
      {alwaysRead}
      {themes.length > 0 && (
        <p class="verdict__themes">
          {t('verdictThemes')}{' '}
          {themes.map((theme, index) => (
            <span key={theme.id} class="chip">
              {t(themeLabelKey(theme.id))}
              {index < themes.length - 1 ? ' ' : ''}
            </span>
          ))}
        </p>
      )}
      {reasons.length > 0 && (
        <>
          <h3 class="verdict__why-heading">{t('verdictWhy')}</h3>
          <ul class="verdict__why">
            {reasons.map((reason) => {
              const words = reason.count > 1 ? t('verdictReasonCount', [reason.label, reason.count]) : reason.label;
              return (
                <li key={reason.label}>
                  {onShowReason ? (
                    <button
                      type="button"
                      class="verdict__reason"
                      aria-label={t('verdictReasonShow', words)}
                      onClick={() => void onShowReason(reason).then((found) => setNotFound(found ? null : reason.label))}
                    >
                      {words}
                    </button>
                  ) : (
                    words
                  )}
                </li>
              );
            })}
          </ul>
          {onShowReason && (
            <p class="muted" role="status">
              {notFound === null ? '' : t('verdictReasonNotFound', notFound)}
            </p>
          )}
        </>
      )}
    </div>
  );
}
