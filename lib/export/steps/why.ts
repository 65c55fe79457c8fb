import { leverLabels } from '@/content/reference/levers';
import { driverLabels, organisationTypeLabels, relevanceLabels, sectorLabels } from '@/content/reference/why';
import { LEVERS } from '@/lib/steps/shared';
import { fields, paragraphs, present } from '../blocks';
import { label, num, type Builder } from '../cells';

export const why: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.why;
  const { profile } = data;
  const levers = LEVERS.map((lever) => ({ lever, ...data.levers[lever] })).filter(
    (row) => row.relevance != null || row.note.trim(),
  );
  return present(
    [
      {
        kind: 'fields',
        title: t('export.doc.why.profile'),
        rows: fields(
          [
            { field: 'profile.name', label: t('export.doc.why.organisation'), value: profile.name },
            {
              field: 'profile.type',
              label: t('export.doc.why.type'),
              value: label(organisationTypeLabels, profile.type, locale),
            },
            {
              field: 'profile.sector',
              label: t('export.doc.why.sector'),
              value: label(sectorLabels, profile.sector, locale),
            },
            {
              field: 'profile.staffCount',
              label: t('export.doc.why.staffCount'),
              value: num(profile.staffCount, locale),
            },
          ],
          context.keepEmpty,
        ),
      },
      { kind: 'text', field: 'mission', title: t('export.doc.why.mission'), paragraphs: paragraphs(data.mission) },
      { kind: 'text', field: 'vision', title: t('export.doc.why.vision'), paragraphs: paragraphs(data.vision) },
      {
        kind: 'table',
        field: 'values',
        title: t('export.doc.why.values'),
        columns: [
          { label: t('export.doc.why.value'), weight: 1 },
          { label: t('export.doc.why.meaning'), weight: 3 },
        ],
        rows: data.values.filter((v) => v.name.trim() || v.meaning.trim()).map((v) => ({ cells: [v.name, v.meaning] })),
      },
      { kind: 'text', field: 'whyHere', title: t('export.doc.why.whyHere'), paragraphs: paragraphs(data.whyHere) },
      {
        kind: 'list',
        field: 'drivers',
        title: t('export.doc.why.drivers'),
        items: [...data.drivers.map((code) => label(driverLabels, code, locale)), ...paragraphs(data.driversOther)],
      },
      {
        kind: 'table',
        field: 'levers',
        title: t('export.doc.why.levers'),
        columns: [
          { label: t('export.doc.lever'), weight: 2 },
          { label: t('export.doc.why.relevance'), weight: 1.5 },
          { label: t('export.doc.why.leverNote'), weight: 4 },
        ],
        rows: levers.map((row) => ({
          cells: [label(leverLabels, row.lever, locale), label(relevanceLabels, row.relevance, locale), row.note],
        })),
      },
    ],
    context.keepEmpty,
  );
};
