/**
 * Our note ids are UUIDs; annotations from other tools have any IRI as id
 * (https://hypothes.is/a/…, http://example.org/anno1). Such an id is mapped to
 * a UUID derived from the IRI itself, so importing the same file twice finds
 * the same notes (and skips them as duplicates) instead of doubling them. The
 * original IRI is kept in the note's `origin.via` and written out again.
 *
 * The hash is not cryptographic: it only has to spread distinct IRIs apart.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const UUID_URN_PREFIX = 'urn:uuid:';

/** Four FNV-1a style lanes with different seeds and multipliers, folded together at the end. */
function hash128(text: string): [number, number, number, number] {
  const lanes = [0x811c9dc5, 0x050c5d1f, 0x2f3a8e51, 0x6b43a9b5];
  const primes = [0x01000193, 0x0100019d, 0x010001a3, 0x010001b7];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    for (let lane = 0; lane < 4; lane += 1) {
      lanes[lane] = Math.imul((lanes[lane] as number) ^ code, primes[lane] as number);
    }
  }
  // Let every lane depend on every other, so near-identical IRIs differ everywhere.
  for (let round = 0; round < 4; round += 1) {
    for (let lane = 0; lane < 4; lane += 1) {
      const next = lanes[(lane + 1) % 4] as number;
      lanes[lane] = Math.imul((lanes[lane] as number) ^ (next >>> 15), 0x2c1b3c6d) ^ (next << 7);
    }
  }
  return lanes.map((lane) => lane >>> 0) as [number, number, number, number];
}

const hex = (value: number) => value.toString(16).padStart(8, '0');

/** A UUID (version 8: "custom", RFC 9562) made from the IRI. */
export function uuidFromIri(iri: string): string {
  const [a, b, c, d] = hash128(iri);
  const digits = `${hex(a)}${hex(b)}${hex(c)}${hex(d)}`.split('');
  digits[12] = '8';
  digits[16] = ((parseInt(digits[16] as string, 16) & 0x3) | 0x8).toString(16);
  const all = digits.join('');
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

/** The UUID inside a "urn:uuid:" id, lower-cased; null for any other id. */
export function uuidOfUrn(id: string): string | null {
  if (!id.toLowerCase().startsWith(UUID_URN_PREFIX)) return null;
  const uuid = id.slice(UUID_URN_PREFIX.length);
  return UUID.test(uuid) ? uuid.toLowerCase() : null;
}
