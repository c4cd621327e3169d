/**
 * When several governments are a page's subject, the words of their councils,
 * audit offices and budgets speak about those governments' relations: context
 * then supports the core evidence more than on a page about one government.
 */
import { describe, expect, test } from 'vitest';
import { recogniseWritten } from './written-page';

const TITLE = 'Onderzoek naar de afvalstoffenheffing';
const TOGETHER = 'De gemeenten werken samen bij het ophalen van afval.';

describe('several governments as the subject', () => {
  test('council and audit words weigh more when several municipalities are the subject than when one is', () => {
    const several = recogniseWritten(
      TITLE,
      TOGETHER,
      'De rekenkamercommissies van de gemeenten onderzochten hoe de gemeenten het tarief berekenen.',
      'De gemeenteraden krijgen het rapport, met aanbevelingen over verantwoording en controle.',
      'Volgens de rekenkamer kunnen de gemeenten de kosten beter uitleggen aan hun inwoners.',
      'De gemeenteraden van de gemeenten bespreken het rapport in het voorjaar.',
    );
    const one = recogniseWritten(
      TITLE,
      TOGETHER,
      'De rekenkamercommissie van de gemeente onderzocht hoe de gemeente het tarief berekent.',
      'De gemeenteraad krijgt het rapport, met aanbevelingen over verantwoording en controle.',
      'Volgens de rekenkamer kan de gemeente de kosten beter uitleggen aan haar inwoners.',
      'De gemeenteraad van de gemeente bespreekt het rapport in het voorjaar.',
    );
    expect(several.verdict).toBe('yes');
    expect(several.score).toBeGreaterThan(one.score);
  });
});
