import { z } from 'zod/mini';
import { choiceOr, ref } from '@/lib/steps/fields';
import { requiring } from './schema';

/**
 * "Link a priority to an action": a survey item of the matrix, and either a new step 6 action started from it or
 * an existing one. Nothing of it is stored as such: the link lands in the item's `actions` (lib/followUp/survey.ts).
 */
export const LINK_TARGETS = ['new', 'existing'] as const;

const linkSchema = z.object({
  result: ref(),
  target: choiceOr(LINK_TARGETS, 'new'),
  action: ref(),
});
type Link = z.output<typeof linkSchema>;

export const surveyLinkForm = {
  schema: z.object({ link: linkSchema }),
  complete: z.object({
    link: linkSchema.check(
      requiring<Link>([
        ['result', (data) => data.result != null, 'followUp.survey.errors.resultRequired'],
        ['action', (data) => data.target !== 'existing' || data.action != null, 'followUp.errors.actionRequired'],
      ]),
    ),
  }),
};

export type SurveyLinkValues = z.input<typeof surveyLinkForm.schema>;
export const emptySurveyLink = (): SurveyLinkValues => ({ link: linkSchema.parse({}) });
