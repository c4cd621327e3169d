/**
 * Everything the options page needs, bundled so the entrypoint passes one
 * prop, and the extension's implementation of it.
 */
import type { OptionsCommands } from './commands-source';
import type { OptionsIndex } from './index-source';
import type { OptionsNotes } from './notes-source';
import type { OptionsScope } from './scope-source';
import type { OptionsSettings } from './settings-source';
import { POLICY_SITE_DOMAINS } from '../../core/sites';
import { createOptionsCommands } from './commands-source';
import { createOptionsIndex } from './index-source';
import { createOptionsNotes } from './notes-source';
import { createOptionsScope } from './scope-source';
import { createOptionsSettings } from './settings-source';

export interface OptionsServices {
  settings: OptionsSettings;
  scope: OptionsScope;
  index: OptionsIndex;
  notes: OptionsNotes;
  commands: OptionsCommands;
  /** The policy-site domains Regiolens reads by default (lib/core/sites.ts). */
  policySites: readonly string[];
}

export function createOptionsServices(): OptionsServices {
  return {
    settings: createOptionsSettings(),
    scope: createOptionsScope(),
    index: createOptionsIndex(),
    notes: createOptionsNotes(),
    commands: createOptionsCommands(),
    policySites: POLICY_SITE_DOMAINS,
  };
}
