/**
 * The shapes of the editors' files in content/places/, checked on every build
 * with the reason and place of each problem (scripts/places-build.ts reads the
 * files; this module only checks what they hold).
 */
import * as v from 'valibot';

const Code = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}\\d{2,4}$`), `a code like ${prefix}0153`));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));
const Https = v.pipe(v.string(), v.url(), v.startsWith('https://', 'an https:// address'));
/** Where a fact was read: its address as stored, http or https (never opened by the extension). */
const SourceAddress = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//u, 'an http(s):// address'));

export const MunicipalitiesSchema = v.array(
  v.object({
    code: Code('GM'),
    name: Name,
    provinceCode: Code('PV'),
  }),
);

export const ProvincesSchema = v.array(v.object({ code: Code('PV'), name: Name, municipalities: v.array(Code('GM')) }));

const RegionTable = (code: v.GenericSchema<string>) =>
  v.object({
    edition: v.string(),
    regions: v.array(v.object({ code: v.optional(code), name: Name, members: v.array(Code('GM')) })),
  });

export const RegionsSchema = v.object({
  corop: RegionTable(Code('CR')),
  veiligheidsregio: RegionTable(Code('VR')),
  arbeidsmarktregio: RegionTable(Code('AM')),
});

export const NamesSchema = v.object({
  variants: v.record(v.string(), v.array(Name)),
  words: v.array(Name),
  homonyms: v.array(v.object({ name: Name, province: Code('PV'), note: v.pipe(v.string(), v.minLength(1)) })),
});

const Town = v.object({ code: Code('GM'), name: Name });
export const SuccessorsSchema = v.object({
  mergers: v.array(
    v.object({
      date: v.pipe(v.string(), v.isoDate()),
      to: v.optional(Town),
      from: v.pipe(v.array(Town), v.minLength(1)),
      dividedOver: v.optional(v.array(Town)),
      source: SourceAddress,
    }),
  ),
});

export const RegioDealsSchema = v.object({
  deals: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^regio-deal-[a-z0-9-]+$/u, 'an id like regio-deal-twente')),
      name: Name,
      round: v.optional(v.number()),
      year: v.optional(v.number()),
      region: v.optional(Name),
      municipalities: v.optional(v.array(Code('GM'))),
      url: v.optional(Https),
      source: SourceAddress,
    }),
  ),
});

export interface PlaceSources {
  readonly edition: string;
  readonly credits: readonly string[];
  readonly municipalities: v.InferOutput<typeof MunicipalitiesSchema>;
  readonly provinces: v.InferOutput<typeof ProvincesSchema>;
  readonly regions: v.InferOutput<typeof RegionsSchema>;
  readonly names: v.InferOutput<typeof NamesSchema>;
  readonly successors: v.InferOutput<typeof SuccessorsSchema>['mergers'];
  readonly regioDeals: v.InferOutput<typeof RegioDealsSchema>['deals'];
}

/** Checks one file's content; problems name the file and the path inside it. */
export function checkSource<S extends v.GenericSchema>(
  file: string,
  schema: S,
  value: unknown,
  problems: string[],
): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  for (const issue of result.issues.slice(0, 20)) problems.push(`${file}: ${v.getDotPath(issue) ?? '(top)'}: ${issue.message}`);
  return null;
}
