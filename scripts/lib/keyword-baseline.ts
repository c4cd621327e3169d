/**
 * A naive peer for the recogniser: the density of a handful of obvious
 * cooperation words per 1,000 words, against a threshold. Reported beside the
 * recogniser by `npm run eval`, so its figures are read against what a simple
 * rule gets on the same pages. The threshold is chosen on the development
 * split only, where it maximises F1.
 */
const KEYWORDS =
  /\b(regio(?:'s|naal|nale)?|samenwerk\w*|gemeenschappelijke regeling\w*|samenwerkingsverband\w*|interbestuurlijk\w*|regio ?deal\w*|gemeenten|provincie\w*|regional|cooperation|metropolitan|municipalities)\b/giu;

export function keywordDensity(text: string): number {
  const words = text.split(/\s+/u).filter(Boolean).length;
  if (words === 0) return 0;
  return ((text.match(KEYWORDS)?.length ?? 0) * 1000) / words;
}

/** The threshold with the best F1 on labelled densities (ties: the lowest). */
export function bestThreshold(pages: readonly { density: number; regional: boolean }[]): number {
  let best = { threshold: 0, f1: -1 };
  for (const candidate of [...new Set(pages.map((page) => page.density))].sort((a, b) => a - b)) {
    const f1 = f1At(pages, candidate);
    if (f1 > best.f1) best = { threshold: candidate, f1 };
  }
  return best.threshold;
}

export function f1At(pages: readonly { density: number; regional: boolean }[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const page of pages) {
    const yes = page.density >= threshold;
    if (yes && page.regional) tp++;
    else if (yes) fp++;
    else if (page.regional) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
