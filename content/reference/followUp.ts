import type { FINDING_METHODS } from '@/lib/followUp/schema';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type FindingMethod = (typeof FINDING_METHODS)[number];

/** How a qualitative finding of the follow-up was gathered. */
export const findingMethodLabels: Localised<CodeLabels<FindingMethod>> = typesetFrench({
  nl: {
    'focus-group': { label: 'Focusgroep' },
    interviews: { label: 'Interviews' },
    'survey-comments': { label: 'Open antwoorden in een bevraging' },
    observation: { label: 'Observatie' },
    other: { label: 'Andere' },
  },
  fr: {
    'focus-group': { label: 'Groupe de discussion' },
    interviews: { label: 'Entretiens' },
    'survey-comments': { label: 'Réponses ouvertes d’une enquête' },
    observation: { label: 'Observation' },
    other: { label: 'Autre' },
  },
});
