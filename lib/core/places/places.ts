/**
 * The places of a page, against the gazetteer built into the extension
 * (lib/core/places/gazetteer.generated.json, from content/places/ by
 * `npm run places:build`). The word trie is put together on first use and kept.
 */
import type { PageSnapshot } from '../page-snapshot';
import GAZETTEER_DATA from './gazetteer.generated.json';
import { createGazetteer, type Gazetteer, type GazetteerData } from './gazetteer';
import { findPlaces, type PlacesOnPage } from './find-places';

let bundled: Gazetteer | undefined;

export function bundledGazetteer(): Gazetteer {
  return (bundled ??= createGazetteer(GAZETTEER_DATA as GazetteerData));
}

/** The title and the main text (which holds the headings), as a person reads the page. */
export function placesOnPage(page: Pick<PageSnapshot, 'title' | 'text'>, gazetteer = bundledGazetteer()): PlacesOnPage {
  return findPlaces(gazetteer, `${page.title}\n${page.text}`);
}
