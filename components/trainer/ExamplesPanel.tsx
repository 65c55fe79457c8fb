'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type Ref } from 'react';
import { Button } from '@/components/ui/Button';
import { draftHref } from '@/lib/workspaceUrl';
import { EXAMPLE_CATALOGUE } from '@/content/examples/catalogue';
import { toLocale, type Locale } from '@/i18n/routing';
import { exampleCopy } from '@/lib/draft/exampleCopy';
import { insertDraft, StorageError, type StorageErrorKind } from '@/lib/draft/storage';
import { TableRegion } from '@/components/ui/TableRegion';

/** Each example's language, named in the UI language (keys in `examples`). */
const LANGUAGE_KEYS = { nl: 'languages.nl', fr: 'languages.fr' } as const satisfies Record<Locale, string>;

/**
 * "Open an example": the worked examples, each opened as a copy of its own
 * (new uid, a name that says so), so the user can change it and nothing is
 * ever overwritten. The example drafts load only when one is opened.
 */
export function ExamplesPanel({
  headingRef,
  onStorageError,
}: {
  headingRef?: Ref<HTMLHeadingElement>;
  onStorageError: (error: StorageErrorKind) => void;
}) {
  const t = useTranslations('examples');
  const locale = toLocale(useLocale());
  const router = useRouter();
  const [busy, setBusy] = useState<Locale | null>(null);
  const [failed, setFailed] = useState(false);

  const open = async (language: Locale) => {
    setBusy(language);
    setFailed(false);
    try {
      const { EXAMPLES } = await import('@/content/examples');
      const example = EXAMPLES[language]();
      const copy = exampleCopy(example, t('copyName', { name: example.name }));
      if (!copy.ok) throw new Error(`The ${language} example did not parse: ${copy.reason}`);
      await insertDraft(copy.draft);
      router.push(draftHref(locale, copy.draft.uid));
    } catch (error) {
      setBusy(null);
      if (error instanceof StorageError) onStorageError(error.kind);
      else setFailed(true);
    }
  };

  return (
    <section aria-labelledby="examples-heading" className="section">
      <h2 className="heading-l" id="examples-heading" ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <TableRegion caption={t('caption')} captionClassName="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('language')}</th>
            <th scope="col">{t('description')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {EXAMPLE_CATALOGUE.map((example) => (
            <tr key={example.language}>
              <th scope="row">{example.organisation}</th>
              <td lang={example.language}>{example.name}</td>
              <td>{t(LANGUAGE_KEYS[example.language])}</td>
              <td>{example.description[locale]}</td>
              <td>
                <Button
                  variant="secondary"
                  aria-label={t('openNamed', { organisation: example.organisation })}
                  disabled={busy !== null}
                  onClick={() => void open(example.language)}
                >
                  {t('open')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <div role="status" className="notice-region">
        {busy ? <p>{t('opening')}</p> : null}
        {failed ? <p className="notice notice--error">{t('failed')}</p> : null}
      </div>
    </section>
  );
}
