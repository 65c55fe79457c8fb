import { leverLabels } from '@/content/reference/levers';
import { mirrorDocument, type MirrorRow } from '@/lib/mirror';
import { fields, paragraphs, present } from '../blocks';
import { joined, label, type Builder } from '../cells';

export const toBe: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps['to-be'];
  const mirror = mirrorDocument(steps);
  // The mirror is shown once the user wrote in it; then every lever, with what is still missing said in words.
  const written = mirror.some((row) => row.today.trim() || row.tomorrow.trim() || row.leftOut);
  const notWritten = t('export.doc.toBe.notWritten');
  const todayOf = (row: MirrorRow) =>
    row.today.trim()
      ? row.today
      : row.suggestedToday
        ? `${row.suggestedToday}\n(${t('export.doc.toBe.fromInventory')})`
        : notWritten;
  return present(
    [
      {
        kind: 'fields',
        rows: fields([{ field: 'slogan', label: t('export.doc.toBe.slogan'), value: data.slogan }], context.keepEmpty),
      },
      { kind: 'text', field: 'results', title: t('export.doc.toBe.results'), paragraphs: paragraphs(data.results) },
      {
        kind: 'table',
        field: 'objectives',
        title: t('export.doc.toBe.objectives'),
        columns: [
          { label: t('export.doc.toBe.objective'), weight: 4 },
          { label: t('export.doc.levers'), weight: 3 },
        ],
        rows: data.objectives.map((objective) => ({
          cells: [objective.name, joined(objective.levers.map((lever) => label(leverLabels, lever, locale)))],
          details: fields([{ label: t('export.doc.description'), value: objective.description }]),
        })),
      },
      {
        kind: 'table',
        field: 'mirror',
        title: t('export.doc.toBe.mirror'),
        columns: [
          { label: t('export.doc.lever'), weight: 2 },
          { label: t('export.doc.toBe.today'), weight: 4 },
          { label: t('export.doc.toBe.tomorrow'), weight: 4 },
        ],
        rows: written
          ? mirror.map((row) => ({
              cells: [
                label(leverLabels, row.lever, locale),
                row.leftOut && !row.today.trim() ? '' : todayOf(row),
                row.leftOut
                  ? [t('export.doc.toBe.leftOut'), row.leftOutReason.trim()].filter(Boolean).join(' ')
                  : row.tomorrow.trim() || notWritten,
              ],
            }))
          : [],
      },
    ],
    context.keepEmpty,
  );
};
