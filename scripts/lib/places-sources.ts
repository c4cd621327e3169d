/**
 * Reads content/places/ for the gazetteer build: the reference tables (copied
 * unchanged from the checked data in ../shared/data/regions), the curated names,
 * the mergers and the Regio Deals. Every file is checked against its shape
 * (lib/core/places/sources.ts); problems name the file and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkSource,
  MunicipalitiesSchema,
  NamesSchema,
  ProvincesSchema,
  RegioDealsSchema,
  RegionsSchema,
  SuccessorsSchema,
  type PlaceSources,
} from '../../lib/core/places/sources';

export const PLACES_DIR = 'content/places';
export const GAZETTEER_FILE = 'lib/core/places/gazetteer.generated.json';

/** What the build holds, and whom to credit, as the licences ask (shown by the CLI and in the README). */
const EDITION =
  "gemeentelijke indeling 2024 (342 gemeenten, gelijk aan 2026); COROP 2024; veiligheidsregio's 2023; arbeidsmarktregio's 2026; herindelingen 2017–2023; Regio Deals ronde 1–6";
const CREDITS = [
  'Centraal Bureau voor de Statistiek, Gebieden in Nederland 2024 en 2026 (CC BY 4.0)',
  "Ministerie van VWS, indeling veiligheidsregio's 1-1-2023 (EUPL-1.2)",
  'Herindelingen en Regio Deals: samengesteld uit openbare bronnen, per regel vermeld in content/places/',
];

function readJson(dir: string, file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function readPlaceSources(dir = PLACES_DIR): { sources: PlaceSources | null; problems: string[] } {
  const problems: string[] = [];
  const read = <S extends Parameters<typeof checkSource>[1]>(file: string, schema: S) =>
    checkSource(file, schema, readJson(dir, file, problems), problems);
  const municipalities = read('reference/municipalities.json', MunicipalitiesSchema);
  const provinces = read('reference/provinces.json', ProvincesSchema);
  const regions = read('reference/regions.json', RegionsSchema);
  const names = read('names.json', NamesSchema);
  const successors = read('successors.json', SuccessorsSchema);
  const deals = read('regio-deals.json', RegioDealsSchema);
  if (!municipalities || !provinces || !regions || !names || !successors || !deals) return { sources: null, problems };
  return {
    sources: {
      edition: EDITION,
      credits: CREDITS,
      municipalities,
      provinces,
      regions,
      names,
      successors: successors.mergers,
      regioDeals: deals.deals,
    },
    problems,
  };
}
