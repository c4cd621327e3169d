/**
 * What a learned verdict (verdict-learning.ts, `npm run learn-verdict`) reads
 * of a page: quantities the recogniser computes anyway, summed per group of concepts rather than per
 * word, so that what is learned on a few hundred labelled pages carries over
 * to pages that use other words for the same thing. A weight per lexicon word
 * would fit the development pages and not the web (hand-tuned lexicon
 * additions did exactly that); a weight per group ("terms of joint bodies",
 * "governments named", "plain-words cooperation") says how much each kind of
 * evidence is worth.
 *
 * Every feature is bounded or logarithmic, so one long page cannot dominate
 * the fit, and every one is 0 on an empty page.
 */
import { MENTION_FIELDS, PROMINENT_FIELDS } from '../../lib/core/recognise/aside';
import { LEXICON, LEXICON_FILES } from '../../lib/core/recognise/lexicon';
import type { VerdictInput } from '../../lib/core/recognise/recogniser';

/** The features, in the order of the model's weights (a stored model names them too). */
export const VERDICT_FEATURES = [
  /** The hand rule's evidence E (evidence.ts), log(1 + E): the learned verdict corrects it rather than replacing it. */
  'handEvidence',
  /** The hand rule's score, and whether it says "yes": its thresholds and gates are what the labels agreed with so far. */
  'handScore',
  'handYes',
  /** Core terms per lexicon file: cooperation's own terms, joint bodies and organisations, the themes' terms. */
  'coreSamenwerking',
  'coreOrganisaties',
  'coreThemas',
  /** Distinct core concepts counted on the page, log(1 + n). */
  'coreDistinct',
  /** A core term in the title, a heading or the description. */
  'coreProminent',
  /** A term of art in the body's lead (lead.ts). */
  'termInLead',
  /** Context words that name governments (gemeenten, provincies, het Rijk, a wethouder...). */
  'contextActors',
  /** Context words of acting together (samen, afspraken, per inwoner...). */
  'contextJoint',
  /** The themes' other context words (gemeenteraad, ondernemerschap, minister...). */
  'contextThemes',
  /** Genre cues, weighed as evidence.ts does (twice where the page says its subject). */
  'genre',
  /** Plain-words cooperation (cooperation.ts), saturated, and its number of sentences. */
  'cooperation',
  'cooperationSentences',
  /** Several governments are the page's subject (evidence.ts). */
  'governmentsSubject',
  /** The page's only evidence is a passing mention or an aside. */
  'passing',
  /** Core terms the page denies (negation.ts), log(1 + n). */
  'negated',
  /** Cooperation regions the page keeps naming (regions.ts), saturated. */
  'regions',
  /** Municipalities and provinces named, log(1 + n) each. */
  'municipalities',
  'provinces',
  /** A region inferred from several of its municipalities (infer-region.ts). */
  'inferredRegion',
  /** The body's length in content words, log(1 + n / 100). */
  'length',
  /** The page is in English. */
  'english',
] as const;
export type VerdictFeature = (typeof VERDICT_FEATURES)[number];

type CoreGroup = 'coreSamenwerking' | 'coreOrganisaties' | 'coreThemas';
const CORE_GROUPS: Readonly<Record<string, CoreGroup>> = {
  'core-samenwerking.json': 'coreSamenwerking',
  'core-organisaties.json': 'coreOrganisaties',
  'core-themas.json': 'coreThemas',
};

/** Lexicon index → the core group of its file (undefined for context and genre concepts). */
const CORE_GROUP_OF: readonly (CoreGroup | undefined)[] = LEXICON_FILES.flatMap(([name, file]) =>
  file.concepts.map(() => CORE_GROUPS[name]),
);

const log1p = (value: number) => Math.log(1 + Math.max(0, value));

function contextGroup(index: number): 'contextActors' | 'contextJoint' | 'contextThemes' {
  const concept = LEXICON[index];
  if (concept?.actor) return 'contextActors';
  return concept?.joint ? 'contextJoint' : 'contextThemes';
}

/** The feature vector of a page, in VERDICT_FEATURES order. */
export function verdictFeatures({ terms, evidence, places }: VerdictInput): number[] {
  const { signals } = evidence;
  const sums: Partial<Record<VerdictFeature, number>> = {};
  const add = (feature: VerdictFeature, value: number) => (sums[feature] = (sums[feature] ?? 0) + value);
  let distinct = 0;
  for (const [index, { sat, chrome }] of signals.saturation) {
    const concept = LEXICON[index];
    if (!concept || concept.kind === 'genre') continue;
    const group = CORE_GROUP_OF[index];
    if (concept.kind === 'core' && group) {
      // Chrome lines only support, as in evidence.ts: a footer's core term counts as context.
      add(group, concept.weight * sat);
      add(contextGroup(index), concept.weight * chrome);
      if (sat > 0) distinct += 1;
    } else add(contextGroup(index), concept.weight * (sat + chrome));
  }
  const isCore = (key: number) => LEXICON[key]?.kind === 'core';
  const prominent = PROMINENT_FIELDS.some((field) => [...terms.fields[field].concepts.keys()].some(isCore));
  const negated = MENTION_FIELDS.reduce(
    (sum, field) => sum + terms.fields[field].hits.filter((hit) => hit.negated && isCore(hit.key)).length,
    0,
  );
  const named = (kind: string) => places.named.filter((place) => place.kind === kind).length;
  const values: Record<VerdictFeature, number> = {
    handEvidence: log1p(signals.evidence),
    handScore: evidence.score,
    handYes: evidence.verdict === 'yes' ? 1 : 0,
    coreSamenwerking: log1p(sums.coreSamenwerking ?? 0),
    coreOrganisaties: log1p(sums.coreOrganisaties ?? 0),
    coreThemas: log1p(sums.coreThemas ?? 0),
    coreDistinct: log1p(distinct),
    coreProminent: prominent ? 1 : 0,
    termInLead: signals.termInLead ? 1 : 0,
    contextActors: log1p(sums.contextActors ?? 0),
    contextJoint: log1p(sums.contextJoint ?? 0),
    contextThemes: log1p(sums.contextThemes ?? 0),
    genre: log1p(signals.genre),
    cooperation: signals.cooperation,
    cooperationSentences: log1p(signals.cooperationSentences),
    governmentsSubject: signals.governments ? 1 : 0,
    passing: signals.passing ? 1 : 0,
    negated: log1p(negated),
    regions: log1p(signals.regions),
    municipalities: log1p(named('gemeente')),
    provinces: log1p(named('provincie')),
    inferredRegion: places.inferred.some((region) => region.named.length >= 2) ? 1 : 0,
    length: log1p(terms.fields.body.length / 100),
    english: terms.language === 'en' ? 1 : 0,
  };
  return VERDICT_FEATURES.map((feature) => values[feature]);
}
