/**
 * The curated lexicon behind recognition: the terms and phrases that tell a
 * reader "this page is about regional cooperation between governments", what
 * they say about the seven themes, and the cues of page genres that use the
 * same words for something else (job ads, weather, sport, tourism).
 *
 * The lexicon is data for editors: the JSON files in content/lexicon/,
 * explained in content/README.md ("Het lexicon"), checked by
 * lexicon-schema.ts (in `npm run index:build`, `npm run index:check` and the
 * tests, not in the extension). This module only loads them, in a fixed order.
 *
 * Every concept has
 * - a `label`: the term as a person writes it; it is what the reasons show;
 * - `patterns`: the ways it is written (Dutch and English; compounds are split
 *   by lib/core/text/compounds.ts, so "regiodeal" meets "Regio Deal"; a word with a
 *   leading "=" must match exactly, not by stem). The label is not a pattern by
 *   itself: a genre's label only names the genre;
 * - `phrases` (optional): fixed expressions whose small words carry them ("om
 *   tafel", "de handen ineen"), matched word for word (word-phrases.ts);
 * - a `kind` and `weight`:
 *   - `core`: evidence of cooperation between governments by itself
 *     (a gemeenschappelijke regeling cannot be anything else);
 *   - `context`: words of the themes that are common outside regional
 *     cooperation too (gemeenteraad, ondernemerschap, minister): they support
 *     core evidence but cannot make a page regional on their own;
 *   - `genre`: cues of a page genre that is never about the topic, whatever
 *     words it borrows (a vacancy at a veiligheidsregio is a job ad);
 * - `themes`: how strongly it points at each theme (0..1.5), independent of the
 *   verdict weight.
 *
 * Weights are set by reading, not fitted: 1 is "decisive when repeated",
 * 0.5 "clear but also used loosely", 0.2 "a hint".
 */
import type { ThemeId } from '../themes';
import contextDemocratieRaad from '../../../content/lexicon/context-democratie-raad.json';
import contextDenHaag from '../../../content/lexicon/context-den-haag.json';
import contextEcosystemenSchakelen from '../../../content/lexicon/context-ecosystemen-schakelen.json';
import contextSamenwerking from '../../../content/lexicon/context-samenwerking.json';
import contextSharing from '../../../content/lexicon/context-sharing.json';
import coreOrganisaties from '../../../content/lexicon/core-organisaties.json';
import coreSamenwerking from '../../../content/lexicon/core-samenwerking.json';
import coreThemas from '../../../content/lexicon/core-themas.json';
import genre from '../../../content/lexicon/genre.json';

export type ConceptKind = 'core' | 'context' | 'genre';

/** A government as actor: one, several ("gemeenten"), regions or provinces in the plural, or the Rijk (see cooperation.ts). */
export type ActorRole = 'single' | 'collective' | 'regions' | 'national';

export interface Concept {
  label: string;
  kind: ConceptKind;
  weight: number;
  themes: Partial<Record<ThemeId, number>>;
  patterns: readonly string[];
  /** Fixed expressions matched word for word, stop words included ("om tafel", "de handen ineen"; word-phrases.ts). */
  phrases?: readonly string[];
  /** The concept names a government: with a joint act in the same sentence, cooperation (cooperation.ts). */
  actor?: ActorRole;
  /** The concept names an act done together (samen, bundelen, per inwoner). */
  joint?: boolean;
  /** Counts only on a page that names a government in its own text ("GR", "samenwerkingsverband"). */
  requires?: 'government';
}

/** A lexicon file as JSON gives it: `kind` is any text to TypeScript, the checker holds it to ConceptKind. */
interface LexiconFileData {
  concepts: ReadonlyArray<Omit<Concept, 'kind' | 'actor' | 'requires'> & { kind: string; actor?: string; requires?: string }>;
}

/**
 * The files in the order they are read. Order matters where two concepts share
 * a pattern: the first one keeps it (see lib/core/text/phrases.ts). A new file
 * is added here, and the checker refuses a file in content/lexicon/ that is not.
 */
export const LEXICON_FILES: ReadonlyArray<readonly [name: string, data: LexiconFileData]> = [
  ['core-samenwerking.json', coreSamenwerking],
  ['core-organisaties.json', coreOrganisaties],
  ['core-themas.json', coreThemas],
  ['context-samenwerking.json', contextSamenwerking],
  ['context-democratie-raad.json', contextDemocratieRaad],
  ['context-sharing.json', contextSharing],
  ['context-den-haag.json', contextDenHaag],
  ['context-ecosystemen-schakelen.json', contextEcosystemenSchakelen],
  ['genre.json', genre],
];

export const LEXICON: readonly Concept[] = LEXICON_FILES.flatMap(([, file]) =>
  // The files' own `note`, `description` and `$schema` are for editors and stay behind.
  file.concepts.map(({ label, kind, weight, themes, patterns, phrases, actor, joint, requires }) => ({
    label,
    // Checked to be one of the three kinds (and the roles below to be theirs) by lexicon-schema.ts in index:build and the tests.
    kind: kind as ConceptKind,
    weight,
    themes,
    patterns,
    ...(phrases === undefined ? {} : { phrases }),
    ...(actor === undefined ? {} : { actor: actor as ActorRole }),
    ...(joint === undefined ? {} : { joint }),
    ...(requires === undefined ? {} : { requires: requires as 'government' }),
  })),
);
