/** The keyboard shortcuts as the browser has them now, and how to change them in this browser. */
import { useEffect, useId, useState } from 'preact/hooks';
import { commandLabelKey } from './commands';
import type { OptionsCommands } from './commands-source';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';
import type { CommandInfo } from './commands-source';

export function ShortcutsSection({ commands }: { commands: OptionsCommands }) {
  const t = useT();
  const id = useId();
  const [list, setList] = useState<CommandInfo[] | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  useEffect(() => {
    let live = true;
    commands.list().then(
      (value) => live && setList(value),
      (error: unknown) =>
        live && setMessage({ tone: 'alert', text: t('options_shortcuts_unavailable'), detail: errorDetail(error) }),
    );
    return () => {
      live = false;
    };
  }, [commands, t]);

  const open = commands.openShortcutSettings;
  return (
    <section aria-labelledby={`${id}-heading`} class="options__section">
      <h2 id={`${id}-heading`}>{t('options_shortcuts_heading')}</h2>
      {list !== null && list.length > 0 ? (
        <table class="options__table">
          <caption class="visually-hidden">{t('options_shortcuts_heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_shortcuts_command')}</th>
              <th scope="col">{t('options_shortcuts_key')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((command) => {
              const key = commandLabelKey(command.name);
              return (
                <tr key={command.name}>
                  <td>{key ? t(key) : command.description || command.name}</td>
                  <td>
                    {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{t('options_shortcuts_unset')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p>{commands.family === 'firefox' ? t('options_shortcuts_how_firefox') : t('options_shortcuts_how_chromium')}</p>
      {open ? (
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            void open().catch((error: unknown) => setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }))
          }
        >
          {t('options_shortcuts_open')}
        </button>
      ) : null}
      <Announcer message={message} detailsLabel={t('options_details')} />
    </section>
  );
}
