/**
 * Where a page's lead ends. The lead says what the page is about, as a news
 * item or a letter opens; a mention there is no passing mention (evidence.ts).
 * It is read from the body's lines: headline lines at the top (short, without a
 * closing full stop: "Raadsleden verliezen grip", "Nieuws") belong to it but
 * are no prose, then the first paragraph of prose, however many sentences it
 * has up to MAX_LEAD_SENTENCES, and at least MIN_LEAD_SENTENCES of prose. A
 * journalist's first paragraph is the lead; counting two sentences from the
 * top would let a page's own headline line use up half of it. A text without
 * a single line break marks no paragraph: its first two sentences are the lead.
 *
 * Only a term of art in the lead makes the page's subject this way
 * (evidence.ts); plain-words cooperation must stand in the first sentences.
 *
 * Sentences are numbered as negation.ts's sentenceOf numbers them: a sentence
 * ends at ".", "!", "?" or ";" followed by white space, or at a line break.
 */

/** At least this many prose sentences are lead, even when the first paragraph is one sentence. */
const MIN_LEAD_SENTENCES = 2;
/** A long first paragraph is lead up to this many sentences. */
const MAX_LEAD_SENTENCES = 4;
/** A headline line is short. */
const MAX_HEADLINE_WORDS = 12;

/** The number of the first sentence after the lead. */
export function leadEnd(text: string): number {
  const boundary = /[.!?;](?=\s)|\n+/g;
  let sentence = 0;
  let prose = 0;
  let from = 0;
  const paragraphs = text.includes('\n');
  for (const found of text.matchAll(boundary)) {
    const end = found.index + found[0].length;
    const piece = text.slice(from, end).trim();
    // A sentence that closes its line closes its paragraph too: the page's text has a line per block.
    const lineEnds = found[0].startsWith('\n') || /^\r?\n/.test(text.slice(end));
    from = end;
    sentence += 1;
    if (piece === '') continue;
    const headline = !/[.!?;:]$/.test(piece) && piece.split(/\s+/).length <= MAX_HEADLINE_WORDS;
    if (headline && prose === 0) continue;
    prose += 1;
    if (prose >= MAX_LEAD_SENTENCES || (lineEnds && prose >= MIN_LEAD_SENTENCES)) return sentence;
    // A page whose text marks no paragraph at all gives no first paragraph: its first sentences are its lead.
    if (!paragraphs && prose >= MIN_LEAD_SENTENCES) return sentence;
  }
  return sentence + 1;
}
