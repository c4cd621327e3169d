/** Everything the options page needs, bundled so the entrypoint passes one prop. */
import type { OptionsCommands } from './options-commands';
import type { OptionsIndex } from './options-index';
import type { OptionsNotes } from './options-notes';
import type { OptionsScope } from './options-scope';
import type { OptionsSettings } from './options-settings';

export interface OptionsServices {
  settings: OptionsSettings;
  scope: OptionsScope;
  index: OptionsIndex;
  notes: OptionsNotes;
  commands: OptionsCommands;
  /** The policy-site domains Regiolens reads by default (lib/sites.ts). */
  policySites: readonly string[];
}
