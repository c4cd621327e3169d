/** Language: follow the browser, or Dutch or English whatever the browser says. */
import { useId, useState } from 'preact/hooks';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../core/settings/schema';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

const LABELS = { auto: 'options_language_auto', nl: 'options_language_nl', en: 'options_language_en' } as const;

export interface LanguageSectionProps {
  value: LanguageChoice;
  onChange: (choice: LanguageChoice) => Promise<void>;
}

export function LanguageSection({ value, onChange }: LanguageSectionProps) {
  const t = useT();
  const id = useId();
  const [message, setMessage] = useState<Announcement | null>(null);
  const change = async (choice: LanguageChoice) => {
    try {
      await onChange(choice);
      setMessage({ tone: 'status', text: '' });
    } catch (error) {
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} class="options__section">
      <h2 id={`${id}-heading`}>{t('options_language_heading')}</h2>
      <label for={`${id}-select`}>{t('options_language_label')}</label>{' '}
      <select id={`${id}-select`} value={value} onChange={(event) => void change(event.currentTarget.value as LanguageChoice)}>
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(LABELS[choice])}
          </option>
        ))}
      </select>
      <Announcer
        message={message && message.tone === 'status' ? { tone: 'status', text: t('options_language_saved') } : message}
        detailsLabel={t('options_details')}
      />
    </section>
  );
}
