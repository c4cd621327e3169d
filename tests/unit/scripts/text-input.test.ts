/**
 * Plain-text pages as the command-line recogniser and the evaluation read
 * them: a page copied from a news site starts with the site's name, then the
 * menu, then the headline; the headline is the title, the name the site.
 */
import { describe, expect, test } from 'vitest';
import { snapshotFromText } from '../../../scripts/lib/recognise-input';

const URL_OF_SITE = 'https://www.omroepzeeland.nl/nieuws/12345/zeeuwse-gemeenten-oneens';

describe('the title of a plain-text page', () => {
  test('is the first line when that is not the site name', () => {
    const page = snapshotFromText('Zeeuwse gemeenten oneens over kosten\nOmroep Zeeland\nTekst.', URL_OF_SITE);
    expect(page.title).toBe('Zeeuwse gemeenten oneens over kosten');
  });

  test('after a leading site name, is the headline past the menu and breadcrumb, with the name as its site part', () => {
    const text = [
      'Omroep Zeeland',
      'Nieuws · Sport · Radio · TV · Weer · Verkeer',
      'Home > Nieuws',
      'Zeeuwse gemeenten oneens over verdeling kosten van gezamenlijke inkoop',
      'De dertien Zeeuwse gemeenten zijn het oneens over het tekort.',
    ].join('\n');
    expect(snapshotFromText(text, URL_OF_SITE).title).toBe(
      'Zeeuwse gemeenten oneens over verdeling kosten van gezamenlijke inkoop | Omroep Zeeland',
    );
  });

  test('stays the site name when no headline follows closely', () => {
    const text = ['Omroep Zeeland', 'Home > Nieuws', 'Profiel', 'Een lange alinea die als proza eindigt.'].join('\n');
    expect(snapshotFromText(text, URL_OF_SITE).title).toBe('Omroep Zeeland');
  });

  test('a file address says nothing about the site', () => {
    const page = snapshotFromText('Omroep Zeeland\nZeeuwse gemeenten oneens over kosten', 'file:///tmp/pagina.txt');
    expect(page.title).toBe('Omroep Zeeland');
  });
});
