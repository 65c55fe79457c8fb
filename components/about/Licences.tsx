import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LICENSES_FILE, shippedPackages } from '@/scripts/licenses.mjs';
import { SBOM_FILE } from '@/scripts/sbom.mjs';

/** Fonts and packages in the build, read from the lockfile when the page is built; the texts are in licenses.txt. */
export async function Licences({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'licences' });
  const lock = JSON.parse(readFileSync(join(process.cwd(), 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, unknown>;
  };
  const packages = shippedPackages(lock);
  return (
    <article>
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="list list--bullet">
        <li>
          <a href={`/${LICENSES_FILE}`}>{t('file')}</a>
        </li>
        <li>
          <a href={`/${SBOM_FILE}`} type="application/vnd.cyclonedx+json">
            {t('sbom')}
          </a>
        </li>
      </ul>
      <h2 className="heading-l">{t('fontsHeading')}</h2>
      <p>{t('fonts')}</p>
      <h2 className="heading-l">{t('patternsHeading')}</h2>
      <p>{t('patterns')}</p>
      <h2 className="heading-l">{t('packagesHeading', { count: packages.length })}</h2>
      <ul className="list">
        {packages.map((pkg) => (
          <li key={pkg.path}>
            <span lang="en">{pkg.name}</span> {pkg.version} ({pkg.license})
          </li>
        ))}
      </ul>
    </article>
  );
}
