import type { BUDGET_CATEGORIES, EXPERTISE_SOURCES, Scenario } from '@/lib/steps/resources';
import type { CodeLabels, Localised } from '../types';

type Category = (typeof BUDGET_CATEGORIES)[number];
type Source = (typeof EXPERTISE_SOURCES)[number];

export const budgetCategoryLabels: Localised<CodeLabels<Category>> = {
  nl: {
    'external-provider': { label: 'Externe dienstverlener' },
    training: { label: 'Opleiding' },
    communication: { label: 'Communicatie' },
    tools: { label: 'Tools en materiaal' },
    other: { label: 'Andere' },
  },
  fr: {
    'external-provider': { label: 'Prestataire externe' },
    training: { label: 'Formation' },
    communication: { label: 'Communication' },
    tools: { label: 'Outils et matériel' },
    other: { label: 'Autre' },
  },
};

export const expertiseSourceLabels: Localised<CodeLabels<Source>> = {
  nl: { internal: { label: 'Intern' }, external: { label: 'Extern' } },
  fr: { internal: { label: 'Interne' }, external: { label: 'Externe' } },
};

export const scenarioLabels: Localised<CodeLabels<Scenario>> = {
  nl: {
    cautious: { label: 'Voorzichtig' },
    middle: { label: 'Gemiddeld' },
    optimistic: { label: 'Optimistisch' },
  },
  fr: {
    cautious: { label: 'Prudent' },
    middle: { label: 'Intermédiaire' },
    optimistic: { label: 'Optimiste' },
  },
};
