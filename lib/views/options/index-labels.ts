/**
 * How the options page names an index's source and a check's outcome. Data
 * from an index (an address, a file name) is only ever substituted into a
 * localised sentence as text.
 */
import type { Translate } from '../../core/i18n/translator';
import { outcomeMessageKey, SUCCESS_OUTCOMES, type IndexOutcomeCode } from '../../core/index/outcomes';
import type { IndexSource } from '../../core/index/store';

export function sourceLabel(source: IndexSource, t: Translate): string {
  switch (source.kind) {
    case 'bundled':
      return t('index_source_bundled');
    case 'update':
      return t('index_source_update', source.url);
    case 'file':
      return t('index_source_file', source.name ?? '—');
  }
}

/** Successes and "nothing to do" are announced politely (status); refusals and failures assertively (alert). */
export function outcomeTone(code: IndexOutcomeCode): 'status' | 'alert' {
  return SUCCESS_OUTCOMES.has(code) ? 'status' : 'alert';
}

export function outcomeText(code: IndexOutcomeCode, t: Translate): string {
  return t(outcomeMessageKey(code));
}
