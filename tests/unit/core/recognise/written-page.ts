/** Our own written pages for the recogniser's rule tests: a title and a text on a Dutch news address. */
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';
import type { Recognition } from '../../../../lib/core/recognise/types';

const recogniser = createRecogniser([]);

export const writtenPage = (title: string, text: string): PageSnapshot => ({
  url: 'https://www.example.nl/nieuws',
  title,
  headings: [],
  text,
  truncated: false,
});

/** The recognition of a written page; several sentences may be given, joined with a space. */
export const recogniseWritten = (title: string, ...sentences: string[]): Recognition =>
  recogniser.recognise(writtenPage(title, sentences.join(' ')));
