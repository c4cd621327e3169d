/**
 * How strong the evidence for a verdict is, in words a reader understands: "score 100 %" said little
 * (100 % of what?) and looked like a certainty the recogniser does not have. The bands follow the
 * verdict's own thresholds, so the words never contradict the verdict beside them.
 */
import { MAYBE_AT, YES_AT } from './evidence';

export type EvidenceStrength = 'strong' | 'clear' | 'some' | 'little';

/** Above this a "yes" page has evidence in many places (title, headings and text). */
const STRONG_AT = 0.85;

export function evidenceStrength(score: number): EvidenceStrength {
  if (score >= STRONG_AT) return 'strong';
  if (score >= YES_AT) return 'clear';
  if (score >= MAYBE_AT) return 'some';
  return 'little';
}

/** The locale key that says it (verdict summary, toolbar title, npm start). */
export function strengthLabelKey(strength: EvidenceStrength) {
  return `verdictStrength_${strength}` as const;
}
