/**
 * The verdict model: a transparent weighted lexicon model in the shape of
 * BM25F (Robertson & Zaragoza), read as evidence rather than as a search score.
 *
 * 1. Per lexicon concept c, its occurrences are combined over the fields with
 *    field weights (title 4, headings 2, description/keywords 2, address 1,
 *    the site's name after the title 1, body 1); the body count is divided by
 *    the body's length relative to a typical page (b = 0.75), so a long page
 *    does not win by length:
 *        tf~(c) = Σ_f w_f · n_f(c) / norm_f
 *    Chrome lines (menus, footers, cookie and related-links lines, weather
 *    widgets, live tickers, bylines; see lib/core/text/boilerplate.ts) weigh 0.2
 *    and are kept apart: what they add is only ever context (below), and
 *    genre cues in them are ignored, so a footer "Regionale samenwerking ·
 *    Veiligheidsregio", a menu item "Vacatures" or a news site's "Het weer:
 *    12°C, buien" says nothing about the page itself. Genre cues in the
 *    site's name are ignored too: a broadcaster or a weather site publishes
 *    regional-politics news as well, and the name says who publishes, not
 *    what the page is about.
 * 2. The combined count saturates (k1 = 2): the tenth mention adds little,
 *    a second distinct concept adds a lot:
 *        sat(c) = tf~ · (k1 + 1) / (k1 + tf~)          ∈ [0, 3)
 * 3. Evidence sums weight × saturation per kind (see lexicon.ts):
 *        core C, context X, genre G.
 *    Context words only support core evidence (at most half of it), so a
 *    single municipality's council news full of "gemeenteraad", or a dentist
 *    "in de regio Amersfoort", stays a no.
 *    Genre cues beyond a small tolerance (one "competitie" is allowed) damp
 *    the evidence exponentially, so a vacancy at a regional body is a no:
 *        E = (C + min(X, C/2)) · exp(-max(0, G - 0.5))
 *    A passing mention is no topic: when the only core evidence is one
 *    concept, named once, in the body only (not in the title, a heading or
 *    the description), context supports it half as much (min(X, C/4)). A museum
 *    story that thanks "de Regio Deal" once among its funders, or a
 *    corporation's merger news naming "omliggende gemeenten", stays below yes.
 *    When several governments are the page's subject, context supports up to
 *    0.7 of the core evidence (min(X, 0.7·C)).
 * 4. The score maps evidence onto [0, 1): score = 1 - exp(-E / 2). A single
 *    passing mention of a core term ends near "maybe"; a title naming one, or
 *    several core terms in the text, give "yes".
 * 5. Per theme, evidence is Σ affinity(c, theme) · sat(c) over core and context
 *    concepts; theme scores share the page score in proportion to it.
 *    Plain-words cooperation (cooperation.ts) adds to the verdict but not to the
 *    themes: the actors and joint acts it is read from ("gemeenten", "samen")
 *    are concepts with themes of their own, counted once in this sum. Counted a
 *    second time per sentence, they tilted pages on the democratic control of a
 *    joint body or on a region's ecosystem towards "samenwerking"; without it
 *    the learned theme model, left out per set (3 December 2026), found the
 *    top-1 theme of 414 development pages of 438 instead of 411 (test-5 49 →
 *    51, test-6 44 → 45) and the leading theme of 346 instead of 341, and lost
 *    on no set.
 *
 * Reasons are the concepts with the largest contributions, with their counts.
 */
import type { Reason, ThemeScore, Verdict } from './types';
import { THEME_IDS, type ThemeId } from '../themes';
import { cooperationSentences, type CooperationSentence } from './cooperation';
import { LEXICON } from './lexicon';
import { FIELDS, type ConceptHit, type Field, type PageTerms } from './page-terms';
import { quotedReasons } from './reasons';
import { genreFactor } from './subject-genre';
import type { NamedRegion } from './regions';
import { confinedToOneSentence, evidencePlaces, isAnAside, MENTION_FIELDS, PROMINENT_FIELDS } from './aside';

export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 4,
  headings: 2,
  meta: 2,
  url: 1,
  site: 1,
  body: 1,
  chrome: 0.2,
};
const K1 = 2;
const B = 0.75;
/** A typical policy page's body, in content words. */
const TYPICAL_BODY = 200;
/** Short snippets are not boosted more than twofold. */
const MIN_BODY_NORM = 0.5;
const CONTEXT_SHARE = 0.5;
/**
 * When several governments are the page's subject (governmentsAreTheSubject), their councils, audit
 * offices and budgets are about those governments' relations: context supports more of the core
 * evidence. On the real pages (all development sets) 0.7 moved three regional pages from "maybe" to
 * "yes" (municipalities' audit offices on a shared levy, provinces on their networks, municipalities'
 * scattered start-up policies) and no hard negative; 0.75 found one more regional page but called a
 * written minister's letter on digital government (pages-fresh f28, 0.597 at 0.7) regional. Raising
 * the share on every page instead found as many false alarms as regional pages.
 */
const SUBJECT_CONTEXT_SHARE = 0.7;
/** A passing mention of one core concept earns half the context support. */
const PASSING_CONTEXT_SHARE = 0.25;
/** ... and its core evidence counts for this share. */
const PASSING_CORE_SHARE = 0.7;
const GENRE_TOLERANCE = 0.5;
const SCALE = 2;
export const YES_AT = 0.6;
export const MAYBE_AT = 0.35;
/**
 * One passing mention and nothing else (onlyMention) is never a confident "yes", however many terms share its
 * sentence: it scores "maybe" at most. On the real pages (all development sets) this turned one false alarm into
 * "maybe" (a party's visit to the provincial council, whose one later sentence lists the province's
 * supra-municipal tasks) and took no regional page's "yes".
 */
const ONLY_MENTION_CAP = 0.55;
const MAX_REASONS = 8;
/**
 * Cooperation said in plain words (cooperation.ts): governments named acting together in one sentence
 * weigh like a textbook term ("regionale samenwerking", weight 1). At 0.8 pages that never use the
 * project's vocabulary stayed "maybe" (mayors writing jointly to the cabinet, the Rijk and the regions
 * agreeing); at 1.0 recall on the real pages rose (sets 2 to 5: 85.9 → 88.4 %) with the same three false alarms.
 */
const COOPERATION_WEIGHT = 1;
/** A cooperation region the page keeps naming (regions.ts): like a joint body's name in the lexicon. */
const REGION_WEIGHT = 0.6;
const REGION_THEMES: Partial<Record<ThemeId, number>> = { 'ws-samenwerking': 0.5 };

export interface Evidence {
  score: number;
  verdict: Verdict;
  themes: ThemeScore[];
  /** Raw theme evidence, in THEME_IDS order (for theme similarity). */
  themeVector: number[];
  why: Reason[];
  /** Concept index → saturated, weighted contribution (for explaining suggestions). */
  contributions: Map<number, number>;
  /** Core and context concept index → saturated presence on the page, chrome included (for the theme model). */
  presence: Map<number, number>;
  /** What the hand rule weighed, for the learned verdict (verdict-features.ts). */
  signals: EvidenceSignals;
}

/** The hand rule's intermediate quantities: the learned verdict reads them as features. */
export interface EvidenceSignals {
  /** Evidence E before it is mapped to the score. */
  evidence: number;
  saturation: ReadonlyMap<number, ConceptPresence>;
  genre: number;
  /** Saturated plain-words cooperation and its number of sentences (after the one-sentence rule). */
  cooperation: number;
  cooperationSentences: number;
  /** Saturated evidence of the cooperation regions named. */
  regions: number;
  /** The evidence is an aside or a passing mention (the hand rule then counts it for less). */
  passing: boolean;
  /** The page's only evidence is one passing mention: a learned verdict may never make it a confident "yes" (judge in scripts/lib/verdict-learning.ts). */
  onlyMention: boolean;
  governments: boolean;
  termInLead: boolean;
}

/** A concept's saturated frequency on the page, and what chrome lines add to it. */
export interface ConceptPresence {
  /** Saturated frequency over the page's own fields (everything but chrome). */
  sat: number;
  /** What the chrome lines (menus, footers, related links) add on top, saturated as well. */
  chrome: number;
  count: number;
}

const saturate = (tf: number) => (tf * (K1 + 1)) / (K1 + tf);

/** Saturated, length-normalised, field-weighted frequency of every concept on the page. */
export function conceptSaturation(terms: PageTerms): Map<number, ConceptPresence> {
  const bodyNorm = Math.max(MIN_BODY_NORM, 1 - B + (B * terms.fields.body.length) / TYPICAL_BODY);
  const combined = new Map<number, { tf: number; chromeTf: number; count: number }>();
  for (const field of FIELDS) {
    const norm = field === 'body' || field === 'chrome' ? bodyNorm : 1;
    for (const [index, count] of terms.fields[field].concepts) {
      // The site's name says who publishes ("… | Omroep Brabant", "… | Weeronline"), not what this page is: no genre cue.
      if (field === 'site' && LEXICON[index]?.kind === 'genre') continue;
      const entry = combined.get(index) ?? { tf: 0, chromeTf: 0, count: 0 };
      const tf = (FIELD_WEIGHTS[field] * count) / norm;
      if (field === 'chrome') entry.chromeTf += tf;
      else entry.tf += tf;
      // The address and the site's name repeat what the title says; they weigh, but are not counted as occurrences.
      if (field !== 'url' && field !== 'site') entry.count += count;
      combined.set(index, entry);
    }
  }
  const result = new Map<number, ConceptPresence>();
  for (const [index, { tf, chromeTf, count }] of combined) {
    const sat = saturate(tf);
    result.set(index, { sat, chrome: saturate(tf + chromeTf) - sat, count: Math.max(1, count) });
  }
  return result;
}

/** Cooperation sentences, field-weighted like concept occurrences and saturated the same way. */
function cooperationSaturation(terms: PageTerms, sentences: readonly CooperationSentence[]): number {
  if (sentences.length === 0) return 0;
  const bodyNorm = Math.max(MIN_BODY_NORM, 1 - B + (B * terms.fields.body.length) / TYPICAL_BODY);
  const tf = sentences.reduce((sum, { field }) => sum + FIELD_WEIGHTS[field] / (field === 'body' ? bodyNorm : 1), 0);
  return saturate(tf);
}

/** Several governments: municipalities, councils, provinces or regions in the plural. */
const isSeveral = (hit: ConceptHit) => !hit.negated && ['collective', 'regions'].includes(LEXICON[hit.key]?.actor ?? '');

/**
 * Body sentences that name several governments, from which on they are the page's subject. A page
 * that keeps returning to "de gemeenten" (what they pay, what they do together, what the Rijk gives
 * them) is about them even when its title is not read as one (a text without markup, an excerpt): a
 * region's page on how its municipalities pay per inhabitant, a piece on how the Rijk and the regions
 * share a hub. On the real pages (sets 2 to 5) four such sentences lifted five regional pages out of
 * "passing mention" (recall 88.4 → 91.0 %) and no hard negative. Three were too few: a library merger
 * names the municipalities that subsidise it, agree to it and meet about it in three sentences.
 */
const SUBJECT_SENTENCES = 4;

/**
 * True when the title, a heading or the description names several governments
 * ("Gemeenteraden", "Provincies en Rijk"), or at least SUBJECT_SENTENCES sentences
 * of the body do: their relations are then the page's subject, and a single
 * mention of their cooperation is on that subject, not in passing.
 */
export function governmentsAreTheSubject(terms: PageTerms): boolean {
  if (PROMINENT_FIELDS.some((field) => terms.fields[field].hits.some(isSeveral))) return true;
  const sentences = new Set(terms.fields.body.hits.filter(isSeveral).map((hit) => hit.sentence));
  return sentences.size >= SUBJECT_SENTENCES;
}

/**
 * A term of art: a core concept the lexicon calls at least "clear" (weight ≥
 * 0.5, see lexicon.ts). "Omliggende gemeenten" or "drie gemeenten" are core
 * hints, which a corporation's news names in its opening too.
 */
const TERM_OF_ART_WEIGHT = 0.5;

/** True when a term of art stands in the body's lead (lead.ts): the page opens with its subject. */
export function namesATermInTheLead(terms: PageTerms): boolean {
  const body = terms.fields.body;
  return body.hits.some((hit) => {
    const concept = LEXICON[hit.key];
    return (
      !hit.negated &&
      hit.sentence < terms.leadEnd &&
      concept?.kind === 'core' &&
      concept.weight >= TERM_OF_ART_WEIGHT &&
      body.concepts.has(hit.key)
    );
  });
}

/** True when the page's only core evidence is a single mention of one concept in its body. */
export function isPassingMention(terms: PageTerms, saturation: ReadonlyMap<number, ConceptPresence>): boolean {
  let distinct = 0;
  for (const [index, { sat }] of saturation) {
    if (LEXICON[index]?.kind !== 'core' || sat === 0) continue;
    distinct += 1;
    if (distinct > 1) return false;
    if (PROMINENT_FIELDS.some((field) => terms.fields[field].concepts.has(index))) return false;
    if (terms.fields.body.hits.some((hit) => hit.key === index && !hit.negated && hit.sentence < terms.leadEnd)) return false;
    const mentions = MENTION_FIELDS.reduce((sum, field) => sum + (terms.fields[field].concepts.get(index) ?? 0), 0);
    if (mentions > 1) return false;
  }
  return distinct === 1;
}

export function verdictOf(score: number): Verdict {
  if (score >= YES_AT) return 'yes';
  if (score >= MAYBE_AT) return 'maybe';
  return 'no';
}

/** Saturated evidence of the cooperation regions named, the title counting like a title's term. */
function regionSaturation(regions: readonly NamedRegion[]): number[] {
  return regions.map((region) => saturate(region.count + (region.inTitle ? FIELD_WEIGHTS.title - 1 : 0)));
}

export function weighEvidence(terms: PageTerms, regions: readonly NamedRegion[] = []): Evidence {
  const saturation = conceptSaturation(terms);
  let core = 0;
  let context = 0;
  let genre = 0;
  const themeVector = THEME_IDS.map(() => 0);
  const presence = new Map<number, number>();
  for (const [index, { sat, chrome }] of saturation) {
    const concept = LEXICON[index];
    if (!concept) continue;
    if (concept.kind !== 'genre' && sat + chrome > 0) presence.set(index, sat + chrome);
    // Chrome lines only support: a footer full of core terms is context, and a "Vacatures" menu item is no job ad.
    if (concept.kind === 'core') {
      core += concept.weight * sat;
      context += concept.weight * chrome;
    } else if (concept.kind === 'context') context += concept.weight * (sat + chrome);
    else genre += concept.weight * sat * genreFactor(terms, index);
    if (concept.kind !== 'genre') {
      THEME_IDS.forEach((theme, position) => {
        themeVector[position] = (themeVector[position] ?? 0) + (concept.themes[theme] ?? 0) * (sat + chrome);
      });
    }
  }
  const regionSats = regionSaturation(regions);
  for (const sat of regionSats) {
    core += REGION_WEIGHT * sat;
    THEME_IDS.forEach((theme, position) => {
      themeVector[position] = (themeVector[position] ?? 0) + (REGION_THEMES[theme] ?? 0) * sat;
    });
  }
  const found = cooperationSentences(terms, terms.texts);
  // Where the evidence stands is read once; both the one-sentence and the aside rule judge it.
  const places = evidencePlaces(terms, found);
  const confined = confinedToOneSentence(places);
  // Confined to one sentence that also names a core term, the term speaks for that sentence: nothing counts twice.
  const cooperation = confined && core > 0 ? [] : found;
  const cooperationSat = cooperationSaturation(terms, cooperation);
  // No theme of its own: the actors and joint acts it is read from gave their themes where they stand. Adding them again
  // per sentence made "samenwerking" win democracy and ecosystem pages (step 5 above).
  core += COOPERATION_WEIGHT * cooperationSat;
  const governments = governmentsAreTheSubject(terms);
  const termInLead = namesATermInTheLead(terms);
  const subject = governments || termInLead;
  // One passing mention: a single concept named once in the body, or all the evidence in one sentence after the lead.
  const mention = !subject && (confined || isPassingMention(terms, saturation));
  const passing = mention || (!subject && isAnAside(terms, places));
  // ... and nothing else: no sentence of plain-words cooperation and no cooperation region besides it.
  const onlyMention = mention && cooperation.length === 0 && regions.length === 0;
  const contextShare = passing ? PASSING_CONTEXT_SHARE : governments ? SUBJECT_CONTEXT_SHARE : CONTEXT_SHARE;
  const contextUsed = Math.min(context, core * contextShare);
  const damping = Math.exp(-Math.max(0, genre - GENRE_TOLERANCE));
  // A passing mention or an aside is never the page's subject: its evidence counts for less, and never for a confident yes.
  const evidence = (core * (passing ? PASSING_CORE_SHARE : 1) + contextUsed) * damping;
  const score = Math.min(1 - Math.exp(-evidence / SCALE), onlyMention ? ONLY_MENTION_CAP : 1);

  const contextFactor = context > 0 ? contextUsed / context : 0;
  const contributions = new Map<number, number>();
  for (const [index, { sat, chrome }] of saturation) {
    const concept = LEXICON[index];
    if (!concept || concept.kind === 'genre') continue;
    const value =
      concept.kind === 'context'
        ? concept.weight * (sat + chrome) * contextFactor
        : concept.weight * (sat + chrome * contextFactor);
    if (value > 0) contributions.set(index, value);
  }
  const why = quotedReasons(
    terms,
    saturation,
    contributions,
    { sentences: cooperation, value: COOPERATION_WEIGHT * cooperationSat },
    regions.map((region, position) => ({ ...region, value: REGION_WEIGHT * (regionSats[position] ?? 0) })),
  ).slice(0, MAX_REASONS);

  const rounded = round(score);
  const themes = themeScores(rounded, themeVector);
  const signals: EvidenceSignals = {
    evidence,
    saturation,
    genre,
    cooperation: cooperationSat,
    cooperationSentences: cooperation.length,
    regions: regionSats.reduce((sum, sat) => sum + sat, 0),
    passing,
    onlyMention,
    governments,
    termInLead,
  };
  return { score: rounded, verdict: verdictOf(rounded), themes, themeVector, why, contributions, presence, signals };
}

/**
 * Theme scores from per-theme evidence (THEME_IDS order): the strongest theme
 * gets the page's score, the others in proportion; highest first, ties in
 * THEME_IDS order.
 */
export function themeScores(score: number, vector: readonly number[]): ThemeScore[] {
  const strongest = Math.max(0, ...vector);
  return THEME_IDS.map((id: ThemeId, position) => ({
    id,
    score: strongest > 0 ? round((score * Math.max(0, vector[position] ?? 0)) / strongest) : 0,
  })).sort((a, b) => b.score - a.score || THEME_IDS.indexOf(a.id) - THEME_IDS.indexOf(b.id));
}

/** Three decimals: enough to order by, stable in output and tests. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
