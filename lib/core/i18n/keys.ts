/**
 * Every message key, typed from the Dutch catalogue (the default locale). A test
 * checks that English holds exactly the same keys, so typing from one suffices.
 */
type Areas = typeof import('../../../locales/nl/common.json') &
  typeof import('../../../locales/nl/popup.json') &
  typeof import('../../../locales/nl/sidepanel.json') &
  typeof import('../../../locales/nl/options.json') &
  typeof import('../../../locales/nl/recognition.json') &
  typeof import('../../../locales/nl/index.json') &
  typeof import('../../../locales/nl/notes.json') &
  typeof import('../../../locales/nl/places.json') &
  typeof import('../../../locales/nl/reader.json') &
  typeof import('../../../locales/nl/welcome.json');

export type MessageKey = Extract<keyof Areas, string>;
