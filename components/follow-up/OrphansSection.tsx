'use client';

import { useTranslations } from 'next-intl';
import { useDraftValue, useSession } from '@/components/workspace/DraftSession';
import { orphans } from '@/lib/followUp/series';
import { draftSchema } from '@/lib/draft/envelope';

/** Records of indicators or actions deleted from the plan: kept until the user removes them here. */
export function OrphansSection() {
  const t = useTranslations('followUp.orphans');
  const session = useSession();
  const draft = useDraftValue((value) => value);
  const found = orphans(draft);
  const count = found.measurements.length + found.findings.length + found.actions.length;
  if (count === 0) return null;
  const remove = () =>
    session.edit((current) => {
      const gone = orphans(current);
      const drop = new Set([...gone.measurements, ...gone.findings, ...gone.actions].map((entry) => entry.uid));
      const { followUp } = current;
      return draftSchema.parse({
        ...current,
        followUp: {
          ...followUp,
          measurements: followUp.measurements.filter((entry) => !drop.has(entry.uid)),
          findings: followUp.findings.filter((entry) => !drop.has(entry.uid)),
          actions: followUp.actions.filter((entry) => !drop.has(entry.uid)),
        },
      });
    });
  return (
    <section aria-labelledby="orphans-heading" className="notice notice--warning">
      <h2 className="heading-m" id="orphans-heading">
        {t('heading')}
      </h2>
      <p>
        {t('body', {
          measurements: found.measurements.length,
          findings: found.findings.length,
          actions: found.actions.length,
        })}
      </p>
      <button type="button" className="link-button" onClick={remove}>
        {t('remove')}
      </button>
    </section>
  );
}
