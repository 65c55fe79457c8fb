import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { accessibilityContact, LAST_ASSESSMENT } from '@/lib/contact';
import { formatDate } from '@/lib/format';

/** The accessibility statement, after the EU model statement; server-rendered, no client island. */
export async function AccessibilityStatement({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'accessibility' });
  const contact = accessibilityContact();
  return (
    <article>
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2 className="heading-l">{t('statusHeading')}</h2>
      <p>{t('status')}</p>
      <h2 className="heading-l">{t('notAccessibleHeading')}</h2>
      <ul className="list list--bullet">
        <li>
          <p>{t('pdf')}</p>
          <p>{t('pdfAlternative')}</p>
        </li>
      </ul>
      <h2 className="heading-l">{t('preparationHeading')}</h2>
      <p>{t('preparation', { date: formatDate(LAST_ASSESSMENT, locale) })}</p>
      <h2 className="heading-l">{t('feedbackHeading')}</h2>
      <p>{t('feedback')}</p>
      {contact ? (
        <p>
          {t('contactLabel')} <a href={contact.href}>{contact.label}</a>
        </p>
      ) : (
        <p>{t('contactNone')}</p>
      )}
      <h2 className="heading-l">{t('enforcementHeading')}</h2>
      <p>{t('enforcement')}</p>
    </article>
  );
}
