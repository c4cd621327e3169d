import { describe, expect, test } from 'vitest';
import { splitCompound } from '../../../../lib/core/text/compounds';

describe('splitCompound', () => {
  test.each([
    ['regiosamenwerking', ['regio', 'samenwerking']],
    ['regiodeal', ['regio', 'deal']],
    ['regiodeals', ['regio', 'deals']],
    ['samenwerkingsverband', ['samenwerking', 'verband']],
    ['samenwerkingsverbanden', ['samenwerking', 'verbanden']],
    ['ketensamenwerking', ['keten', 'samenwerking']],
    ['gemeentesamenwerking', ['gemeente', 'samenwerking']],
    // A sports league's compounds split too, so their genre cue is seen.
    ['regiocompetitie', ['regio', 'competitie']],
    // Never split what only looks like a compound.
    ['regionaal', ['regionaal']],
    ['regionale', ['regionale']],
    ['samenwerking', ['samenwerking']],
    ['bovengemeentelijk', ['bovengemeentelijk']],
    ['intergemeentelijke', ['intergemeentelijke']],
  ])('%s', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });
});
