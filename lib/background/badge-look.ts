/**
 * How a verdict looks on the toolbar button: a short badge text and a title
 * that screen readers and tooltips read in full. Colours meet 4.5:1 against
 * the badge's white text.
 */
import type { Translate } from '../core/i18n/translator';
import type { TabState } from '../core/tab-state';

const COLOURS = { yes: '#0b6e3a', maybe: '#8a4b00', no: '#595959' } as const;

export function badgeLook(state: TabState, t: Translate): { text: string; title: string; color: string } {
  const recognition = state.recognition;
  if (!recognition) return { text: '', title: t('actionTitle'), color: COLOURS.no };
  const verdictText = t(`verdict_${recognition.verdict}`);
  const percent = Math.round(recognition.score * 100);
  return {
    text: recognition.verdict === 'no' ? '' : t(`badge_${recognition.verdict}`),
    title: t('badgeTitle', [verdictText, percent]),
    color: COLOURS[recognition.verdict],
  };
}
