/**
 * What the recogniser says about a page. This is the contract between the
 * recogniser (lib/core/recognise), the background (which keeps one per tab), the
 * views (popup, side panel) and the command-line recogniser.
 */
import type { ThemeId } from '../themes';
import type { PlacesOnPage } from '../places/find-places';

export type Verdict = 'yes' | 'maybe' | 'no';

/** A readable reason: words of the page that weighed in, e.g. "gemeenschappelijke regeling" (4×). */
export interface Reason {
  /** The words as the page writes them (a quoted sentence part may join its cue words with " … "). */
  label: string;
  /** How often it occurred on the page (for a quoted sentence: how many such sentences). */
  count: number;
  /** Its share of the evidence, 0..1, for ordering and display. */
  weight: number;
  /** A piece of the page's text that leads to the first occurrence (to scroll to it). */
  find?: string;
}

export interface ThemeScore {
  id: ThemeId;
  score: number;
}

export interface Suggestion {
  /** Index entry id. */
  id: string;
  score: number;
  themes: ThemeId[];
  /** Terms shared by page and entry that explain the suggestion. */
  shared: string[];
}

export interface Recognition {
  regional: boolean;
  verdict: Verdict;
  /** 0..1 */
  score: number;
  /** Per theme, highest first. */
  themes: ThemeScore[];
  /** Highest weight first. */
  why: Reason[];
  /** Highest score first. */
  suggestions: Suggestion[];
  /** Municipalities, provinces, regions and Regio Deals the page names, and the region inferred from them. */
  places?: PlacesOnPage;
}
