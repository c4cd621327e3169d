/**
 * Everything the options page needs, bundled so the entrypoint passes one
 * prop, and the extension's implementation of it. The index belongs to the
 * background: the page holds its client and the event bus, nothing in between.
 */
import type { LinkedEntry } from '../../core/notes/export-markdown';
import { MAX_IDS_PER_CALL } from '../../shared/messages/search-messages';
import type { OptionsCommands } from './commands-source';
import type { OptionsNotes } from './notes-source';
import type { OptionsScope } from './scope-source';
import type { OptionsSettings } from './settings-source';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import { events } from '../../shared/platform/events';
import { backgroundClient } from '../../shared/platform/messaging';
import { POLICY_SITE_DOMAINS } from '../../core/sites';
import { createOptionsCommands } from './commands-source';
import { createOptionsNotes } from './notes-source';
import { createOptionsScope } from './scope-source';
import { createOptionsSettings } from './settings-source';

export interface OptionsServices {
  settings: OptionsSettings;
  scope: OptionsScope;
  /** The background (the index's status and actions). */
  background: BackgroundClient;
  events: EventSubscriber;
  notes: OptionsNotes;
  commands: OptionsCommands;
  /** The policy-site domains Regiolens reads by default (lib/core/sites.ts). */
  policySites: readonly string[];
}

/** Entry titles and addresses from the background's active index, asked for in batches. */
async function entriesById(ids: readonly string[]): Promise<ReadonlyMap<string, LinkedEntry>> {
  const batches: string[][] = [];
  for (let at = 0; at < ids.length; at += MAX_IDS_PER_CALL) batches.push(ids.slice(at, at + MAX_IDS_PER_CALL));
  const answers = await Promise.all(batches.map((batch) => backgroundClient.call('search/by-id', { ids: batch })));
  return new Map(answers.flatMap((answer) => answer.entries.map((entry) => [entry.id, { title: entry.title, url: entry.url }])));
}

export function createOptionsServices(): OptionsServices {
  return {
    settings: createOptionsSettings(),
    scope: createOptionsScope(),
    background: backgroundClient,
    events,
    notes: createOptionsNotes(entriesById),
    commands: createOptionsCommands(),
    policySites: POLICY_SITE_DOMAINS,
  };
}
