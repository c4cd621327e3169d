/**
 * Cooperation across two sentences (issue 10, item 2): "De gemeenten Goes,
 * Kapelle en Borsele hebben een plan. Zij werken daarin samen aan ..." The
 * sentence that says what is done together names no government; its subject
 * is a pronoun whose antecedent, several governments, stands in the sentence
 * before. This tells whether a sentence is led by such a pronoun: a plural
 * personal pronoun among its first three words ("Zij betalen", "Daarom trekken
 * we", "Samen willen ze"). Whether the sentence before names several
 * governments is cooperation.ts's reading (lexicon actors or places).
 */

/** Plural subject pronouns (Dutch and English); "ze" is also singular, but then no several governments precede it. */
const LED_BY_PRONOUN = /^[\s"'“”‘’„«»()[\]\-–—•*]*(?:[\p{L}\p{N}’']+[\s,]+){0,2}(?:zij|ze|wij|we|they)(?![\p{L}\p{N}])/iu;

/** True when one of the sentence's first three words is a plural subject pronoun. */
export function ledByPronoun(sentence: string): boolean {
  return LED_BY_PRONOUN.test(sentence);
}
