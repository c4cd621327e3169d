/**
 * Reasons quote the page. Each reason is a concept that weighed in, shown with
 * the words the page itself uses for it (its most frequent form, case as
 * written: "Gemeenschappelijke Regeling", "GR") and how often it occurs; a
 * sentence in which governments act together is quoted from the page. Nothing
 * is shown that the page does not contain, and `find` is a piece of the page's
 * text that leads to the first occurrence.
 *
 * formatReason is how a reason reads in the command-line recogniser and
 * `npm start`: "gemeenschappelijke regeling (4×)", or the bare words once.
 */
import { MAX_FIND_TEXT } from '../page-limits';
import type { CooperationSentence } from './cooperation';
import type { ConceptPresence } from './evidence';
import type { Field, PageTerms } from './page-terms';
import type { NamedRegion } from './regions';
import type { Reason } from './types';

/** Fields whose words a reason may quote, most telling first. */
const QUOTED_FIELDS = ['title', 'headings', 'meta', 'body', 'chrome'] as const satisfies readonly Field[];
/** A reason with less than this share of the evidence is noise. */
const MIN_SHARE = 0.02;

export function formatReason(reason: Pick<Reason, 'label' | 'count'>): string {
  return reason.count > 1 ? `${reason.label} (${reason.count}×)` : reason.label;
}

/** The page's own words for a concept: its most frequent form among the occurrences that count, first seen on ties. */
function surfaceOf(terms: PageTerms, key: number): { words: string; count: number } | undefined {
  const forms = new Map<string, number>();
  let count = 0;
  for (const field of QUOTED_FIELDS) {
    for (const hit of terms.fields[field].hits) {
      if (hit.key !== key || hit.negated) continue;
      count += 1;
      forms.set(hit.surface, (forms.get(hit.surface) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [form, seen] of forms) if (best === undefined || seen > (forms.get(best) ?? 0)) best = form;
  return best === undefined ? undefined : { words: best.replace(/\s+/g, ' '), count };
}

/**
 * Reasons in order of their share of the evidence: concept contributions
 * (concept index → value) and the cooperation sentences' value, as quoted from the page.
 */
export function quotedReasons(
  terms: PageTerms,
  saturation: ReadonlyMap<number, ConceptPresence>,
  contributions: ReadonlyMap<number, number>,
  cooperation: { sentences: readonly CooperationSentence[]; value: number },
  regions: readonly (NamedRegion & { value: number })[] = [],
): Reason[] {
  const total = [...contributions.values(), ...regions.map((region) => region.value)].reduce(
    (sum, value) => sum + value,
    cooperation.value,
  );
  if (total <= 0) return [];
  const candidates: { value: number; reason: Omit<Reason, 'weight'>; order: number }[] = [];
  for (const [key, value] of contributions) {
    const surface = surfaceOf(terms, key);
    // A concept found only in the address or the site's name has no words on the page to quote.
    if (!surface) continue;
    const count = Math.max(surface.count, saturation.get(key)?.count ?? 1);
    candidates.push({ value, order: key, reason: { label: surface.words, count, find: surface.words.slice(0, MAX_FIND_TEXT) } });
  }
  const first = cooperation.sentences[0];
  if (first && cooperation.value > 0) {
    const find = (first.quote.split(' … ')[0] ?? first.quote).slice(0, MAX_FIND_TEXT);
    candidates.push({
      value: cooperation.value,
      order: -1,
      reason: { label: first.quote, count: cooperation.sentences.length, find },
    });
  }
  // A cooperation region is quoted as the page writes its name.
  for (const region of regions)
    candidates.push({
      value: region.value,
      order: -2,
      reason: { label: region.written, count: region.count, find: region.written.slice(0, MAX_FIND_TEXT) },
    });
  candidates.sort((a, b) => b.value - a.value || a.order - b.order);
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const { value, reason } of candidates) {
    const share = value / total;
    if (share < MIN_SHARE) break;
    // Two concepts the page writes alike ("regio" under two meanings) make one reason.
    const key = reason.label.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push({ ...reason, weight: Math.round(share * 1000) / 1000 });
  }
  return reasons;
}
