/**
 * How a tab's state looks on the toolbar button. Three states must be told
 * apart at a glance: "not read" (no badge; the title says why and what to do),
 * "read: not regional" (a grey dash) and "read: regional or maybe" (a coloured
 * word). The title, which tooltips and screen readers read in full, always
 * names the state in words, and says when the page has notes. Colours meet 4.5:1 against the badge's white text.
 */
import type { Translate } from '../core/i18n/translator';
import type { TabState } from '../core/tab-state';
import { evidenceStrength, strengthLabelKey } from '../core/recognise/strength';

const COLOURS = { yes: '#0b6e3a', maybe: '#8a4b00', no: '#595959' } as const;

export interface BadgeLook {
  text: string;
  title: string;
  color: string;
}

function unreadTitle(state: TabState, t: Translate): string {
  switch (state.status) {
    case 'not-allowed':
      return t('badgeTitleNotRead');
    case 'restricted':
      return t('badgeTitleRestricted');
    case 'ignored':
      return t('badgeTitleIgnored');
    case 'private':
      return t('badgeTitlePrivate');
    case 'no-text':
      return t('reader_no_text');
    case 'pdf':
      return t('badgeTitlePdf');
    default:
      return t('actionTitle');
  }
}

export function badgeLook(state: TabState, t: Translate): BadgeLook {
  const recognition = state.recognition;
  if (!recognition) return { text: '', title: unreadTitle(state, t), color: COLOURS.no };
  const verdictText = t(`verdict_${recognition.verdict}`);
  const strength = t(strengthLabelKey(evidenceStrength(recognition.score)));
  const notes = state.noteCount ?? 0;
  const notesSuffix = notes === 0 ? '' : notes === 1 ? t('badgeTitleNotes_one') : t('badgeTitleNotes_many', notes);
  return {
    text: t(`badge_${recognition.verdict}`),
    title: t('badgeTitle', [verdictText, strength]) + notesSuffix,
    color: COLOURS[recognition.verdict],
  };
}
