/**
 * One on/off setting in options: a heading, the text that says what it does and why it has its
 * default, and the box. Saving can fail (the settings store is IndexedDB): the box then goes back
 * to what is stored, and the user hears why.
 */
import { useId, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/keys';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export interface SettingCheckboxProps {
  heading: MessageKey;
  text: MessageKey;
  label: MessageKey;
  checked: boolean;
  onSave: (checked: boolean) => Promise<void>;
}

export function SettingCheckbox({ heading, text, label, checked, onSave }: SettingCheckboxProps) {
  const t = useT();
  const id = useId();
  const [message, setMessage] = useState<Announcement | null>(null);
  const save = async (box: HTMLInputElement) => {
    const wanted = box.checked;
    try {
      await onSave(wanted);
      setMessage(null);
    } catch (error) {
      box.checked = !wanted;
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    }
  };
  return (
    <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(heading)}</h3>
      <p id={`${id}-text`}>{t(text)}</p>
      <label class="options__check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-text`}
          onChange={(event) => void save(event.currentTarget)}
        />{' '}
        {t(label)}
      </label>
      <Announcer message={message} detailsLabel={t('options_details')} />
    </div>
  );
}
