/**
 * Stop words: the maintained Dutch and English lists from @orama/stopwords,
 * plus a few words that carry no topic on web pages ("lees", "klik", "cookies").
 * One union set serves both languages: pages mix them, and a stop word of one
 * language is almost never a content word of the other in this domain.
 */
import { stopwords as dutch } from '@orama/stopwords/dutch';
import { stopwords as english } from '@orama/stopwords/english';

/** Page chrome and filler words that say nothing about the topic. */
const DOMAIN_STOPWORDS = [
  'lees',
  'verder',
  'klik',
  'hier',
  'meer',
  'pagina',
  'home',
  'menu',
  'terug',
  'cookies',
  'cookie',
  'delen',
  'deel',
  'print',
  'zoeken',
  'contact',
  'nieuwsbrief',
  'bekijk',
  'via',
  'wel',
  'zoals',
  'onze',
  'jullie',
  'alle',
  'andere',
  'gaat',
  'gaan',
  'komt',
  'komen',
  'zegt',
  'aldus',
  'jaar',
  'read',
  'click',
  'share',
  'page',
  'also',
  'more',
  'new',
];

export const STOPWORDS: ReadonlySet<string> = new Set([...dutch, ...english, ...DOMAIN_STOPWORDS]);

/** The Dutch list alone, for guessing the language of a text. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(dutch);
/** The English list alone, for guessing the language of a text. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(english);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
