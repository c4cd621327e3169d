/**
 * The page's words as the gazetteer reads them: folded for matching (lower
 * case, no diacritics: "Súdwest-Fryslân" meets "Sudwest Fryslan"), and with
 * what folding loses and place names need: whether a word was written with a
 * capital, and whether it opens a sentence (where a capital says nothing).
 *
 * A 200,000-character page has some 30,000 words and names a few dozen places,
 * so the words are split once, without match objects, and folded, placed and
 * asked about capitals only where a name may start.
 */
import { fold } from '../text/normalise';

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[\x20-\x7e]*$/u;
const SENTENCE_END = /[.!?:;\n•·▪–—]/u;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, bullets. */
const OPENING = /[\s"'“”‘’«»()[\]*-]/u;

/** Plain ASCII only needs lower case; everything else also loses its diacritics. */
const foldWord = (word: string) => (PLAIN.test(word) ? word.toLowerCase() : fold(word));

export class PlaceWords {
  /** The words as written. */
  readonly raw: readonly string[];
  private readonly folded: (string | undefined)[] = [];
  private readonly starts: number[] = [];

  constructor(readonly text: string) {
    const raw = text.split(SEPARATORS);
    if (raw[0] === '') raw.shift();
    if (raw[raw.length - 1] === '') raw.pop();
    this.raw = raw;
  }

  get length(): number {
    return this.raw.length;
  }

  /** The folded word at `at`. */
  word(at: number): string {
    return (this.folded[at] ??= foldWord(this.raw[at] as string));
  }

  /** Where the word at `at` starts in the text (found once, walking from the last word placed). */
  start(at: number): number {
    let placed = this.starts.length;
    let cursor = placed === 0 ? 0 : (this.starts[placed - 1] as number) + (this.raw[placed - 1] as string).length;
    for (; placed <= at; placed += 1) {
      cursor = this.text.indexOf(this.raw[placed] as string, cursor);
      this.starts.push(cursor);
      cursor += (this.raw[placed] as string).length;
    }
    return this.starts[at] as number;
  }

  end(at: number): number {
    return this.start(at) + (this.raw[at] as string).length;
  }

  /** The word's first letter was written as a capital. */
  hasCapital(at: number): boolean {
    const first = (this.raw[at] as string)[0] as string;
    return first !== first.toLowerCase();
  }

  /** First word of the text, a sentence, a line or a list item, where every word has a capital. */
  opensSentence(at: number): boolean {
    for (let index = this.start(at) - 1; index >= 0; index -= 1) {
      const char = this.text[index] as string;
      if (SENTENCE_END.test(char)) return true;
      if (!OPENING.test(char)) return false;
    }
    return true;
  }
}

/** "Bergen (NH.)" → "Bergen": the name as pages write it, without CBS's province hint. */
export const withoutProvinceHint = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/u, '');

/** A name's folded words, as the build stores them and PlaceWords reads a page. */
export function nameWords(name: string): string[] {
  return [...name.matchAll(WORD)].map((match) => foldWord(match[0]));
}
