import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageSwitch } from './LanguageSwitch';

export async function AppHeader() {
  const locale = await getLocale();
  const t = await getTranslations('common');
  return (
    <header className="header">
      <div className="header__inner">
        <a className="header__brand" href={`/${locale}/`}>
          {t('appName')}
        </a>
        <LanguageSwitch />
      </div>
    </header>
  );
}
