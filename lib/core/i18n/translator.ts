/**
 * A translator resolves a message key with substitutions, the way
 * `browser.i18n.getMessage` does: `$1`..`$9` and named `$placeholder$`s whose
 * content refers to `$1`..`$9`. Views receive a translator and never call the
 * browser API themselves, so they render the same in tests.
 */
import type { Catalog } from './catalog';
import type { MessageKey } from './keys';

export type Substitutions = string | number | Array<string | number>;
export type Translate = (key: MessageKey, substitutions?: Substitutions) => string;

function toList(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  return (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
}

function fillPositional(text: string, values: string[]): string {
  return text.replace(/(?<!\$)\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
}

/** Builds a translator over a catalogue (used for a chosen language and in tests). */
export function createTranslator(catalog: Catalog): Translate {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) return key;
    const values = toList(substitutions);
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fillPositional(placeholder.content, values) : whole;
    });
    return fillPositional(named, values).replace(/\$\$/g, '$');
  };
}
