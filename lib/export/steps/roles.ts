import { engagementLabels, gridLevelLabels, participationLabels, raciLabels } from '@/content/reference/roles';
import { raciProblems } from '@/lib/raci';
import { engagementOf } from '@/lib/stakeholders';
import { RACI_ROLES } from '@/lib/steps/roles';
import { paragraphs, present } from '../blocks';
import { joined, label, type Builder } from '../cells';
import { stakeholderNames } from './shared';

export const roles: Builder = (context) => {
  const { steps, locale, t } = context;
  const data = steps.roles;
  const names = stakeholderNames(context);
  const checks = raciProblems(data.tasks, data.stakeholders);
  const taskName = (index: number) => data.tasks[index]?.name.trim() || t('export.doc.untitled');
  const problems = checks.flatMap((check, index) =>
    check.problems.map((problem) => t(`export.doc.roles.raciProblem.${problem}`, { task: taskName(index) })),
  );
  return present(
    [
      {
        kind: 'table',
        field: 'stakeholders',
        title: t('export.doc.roles.stakeholders'),
        columns: [
          { label: t('export.doc.roles.stakeholder'), weight: 3 },
          { label: t('export.doc.roles.influence'), weight: 1.2 },
          { label: t('export.doc.roles.interest'), weight: 1.2 },
          { label: t('export.doc.roles.engagement'), weight: 1.8 },
          { label: t('export.doc.roles.role'), weight: 4 },
        ],
        rows: data.stakeholders.map((s) => ({
          cells: [
            names.get(s.uid) ?? '',
            label(gridLevelLabels, s.influence, locale),
            label(gridLevelLabels, s.interest, locale),
            label(engagementLabels, engagementOf(s.influence, s.interest), locale),
            s.role,
          ],
        })),
      },
      {
        kind: 'table',
        field: 'tasks',
        title: t('export.doc.roles.raci'),
        columns: [
          { label: t('export.doc.roles.task'), weight: 3 },
          ...RACI_ROLES.map((role) => ({ label: label(raciLabels, role, locale), weight: 2 })),
        ],
        rows: data.tasks.map((task) => ({
          cells: [
            task.name,
            ...RACI_ROLES.map((role) =>
              joined(
                Object.entries(task.assignments)
                  .filter(([uid, assigned]) => assigned === role && names.has(uid))
                  .map(([uid]) => names.get(uid) ?? ''),
              ),
            ),
          ],
        })),
      },
      // The RACI check in words: what to fix, or that every task is sound.
      {
        kind: 'list',
        title: t('export.doc.roles.raciCheck'),
        items: checks.length === 0 ? [] : problems.length > 0 ? problems : [t('export.doc.roles.raciSound')],
      },
      {
        kind: 'list',
        field: 'support.participation',
        title: t('export.doc.roles.participation'),
        items: data.support.participation.map((code) => label(participationLabels, code, locale)),
      },
      {
        kind: 'text',
        field: 'support.staffInvolvement',
        title: t('export.doc.roles.staffInvolvement'),
        paragraphs: paragraphs(data.support.staffInvolvement),
      },
      {
        kind: 'text',
        field: 'support.ambassadors',
        title: t('export.doc.roles.ambassadors'),
        paragraphs: paragraphs(data.support.ambassadors),
      },
    ],
    context.keepEmpty,
  );
};
