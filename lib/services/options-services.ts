/** Every service of the options page, for its entrypoint to pass in one prop. */
import { POLICY_SITE_DOMAINS } from '../sites';
import type { OptionsServices } from '../views/options-services';
import { createOptionsCommands } from './options-commands';
import { createOptionsIndex } from './options-index';
import { createOptionsNotes } from './options-notes';
import { createOptionsScope } from './options-scope';
import { createOptionsSettings } from './options-settings';

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
