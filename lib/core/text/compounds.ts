/**
 * Dutch writes compounds as one word: "regiosamenwerking", "regiodeal",
 * "samenwerkingsverbanden". A search that only knows "regionale samenwerking"
 * or "Regio Deal" would miss them, so the domain's compounds are split into
 * the parts the lexicon speaks in. Deliberately a small table, not a general
 * decompounder: a wrong split ("regionaal" → "regio" + "naal") costs more than
 * a missed one, and the domain's compounds are few and known.
 */

/** First parts that, followed by one of their heads, are split off. */
const SPLITS: ReadonlyArray<readonly [prefix: string, heads: readonly string[]]> = [
  [
    'regio',
    [
      'samenwerking',
      'samenwerkingen',
      'deal',
      'deals',
      'envelop',
      'fonds',
      'fondsen',
      'bestuur',
      'besturen',
      'agenda',
      'agendas',
      'gemeente',
      'gemeenten',
      'raad',
      'raden',
      'indeling',
      'programma',
      'proces',
      'organisatie',
      'visie',
      'beleid',
      'economie',
      'begroting',
      'bijeenkomst',
      'vergadering',
      'overleg',
      'netwerk',
      'aanpak',
      'budget',
      'bijdrage',
      'wethouders',
      'burgemeesters',
      'griffiers',
      'conferentie',
      // Sports leagues, for the genre cue: "regiocompetitie" is a league, not a region's agenda.
      'competitie',
      'klasse',
      'klassen',
    ],
  ],
  [
    'samenwerkings',
    [
      'verband',
      'verbanden',
      'agenda',
      'afspraken',
      'vorm',
      'vormen',
      'overeenkomst',
      'overeenkomsten',
      'organisatie',
      'organisaties',
      'relatie',
      'relaties',
      'partner',
      'partners',
      'model',
      'modellen',
      'regio',
      'regios',
      'verband',
    ],
  ],
  ['gemeente', ['samenwerking', 'grensoverschrijdend']],
];

/** Any word ending in "samenwerking" keeps its first part apart: "ketensamenwerking" → "keten samenwerking". */
const HEAD_WORDS = ['samenwerking', 'samenwerkingen'] as const;

/** The parts of a folded word, or the word alone when it is not a known compound. */
export function splitCompound(word: string): string[] {
  for (const [prefix, heads] of SPLITS) {
    if (word.length > prefix.length && word.startsWith(prefix)) {
      const rest = word.slice(prefix.length);
      if (heads.includes(rest)) return [prefix === 'samenwerkings' ? 'samenwerking' : prefix, rest];
    }
  }
  for (const head of HEAD_WORDS) {
    if (word.length >= head.length + 4 && word.endsWith(head)) {
      const first = word.slice(0, -head.length).replace(/s$/, '');
      if (first.length >= 4) return [first, head];
    }
  }
  return [word];
}
