import type { JOB_DEMANDS, JOB_RESOURCES, Quadrant } from '@/lib/steps/as-is';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type Demand = (typeof JOB_DEMANDS)[number];
type Resource = (typeof JOB_RESOURCES)[number];

/** Job demands (JD-R model): what costs energy. */
export const demandLabels: Localised<CodeLabels<Demand>> = typesetFrench({
  nl: {
    deadlines: { label: 'Tijdsdruk en deadlines' },
    workload: { label: 'Hoge werklast' },
    'complex-projects': { label: 'Complexe projecten' },
    'emotional-load': { label: 'Emotioneel belastend werk' },
    'monotonous-work': { label: 'Eentonig werk' },
    'poor-relations': { label: 'Moeizame werkrelaties' },
    'role-ambiguity': { label: 'Onduidelijke rol of verwachtingen' },
    'red-tape': { label: 'Administratieve rompslomp' },
  },
  fr: {
    deadlines: { label: 'Pression du temps et échéances' },
    workload: { label: 'Charge de travail élevée' },
    'complex-projects': { label: 'Projets complexes' },
    'emotional-load': { label: 'Travail émotionnellement lourd' },
    'monotonous-work': { label: 'Travail monotone' },
    'poor-relations': { label: 'Relations de travail difficiles' },
    'role-ambiguity': { label: 'Rôle ou attentes peu clairs' },
    'red-tape': { label: 'Lourdeurs administratives' },
  },
});

/** Job resources and personal resources (JD-R model): what gives energy. */
export const resourceLabels: Localised<CodeLabels<Resource>> = typesetFrench({
  nl: {
    autonomy: { label: 'Autonomie', hint: 'Hulpbron in de job' },
    growth: { label: 'Groeikansen', hint: 'Hulpbron in de job' },
    feedback: { label: 'Feedback', hint: 'Hulpbron in de job' },
    'intrinsic-motivation': { label: 'Intrinsieke motivatie', hint: 'Hulpbron in de job' },
    'social-support': { label: 'Steun van collega’s en leidinggevende', hint: 'Hulpbron in de job' },
    'clear-goals': { label: 'Duidelijke doelen', hint: 'Hulpbron in de job' },
    'self-confidence': { label: 'Zelfvertrouwen', hint: 'Persoonlijke hulpbron' },
    resilience: { label: 'Veerkracht', hint: 'Persoonlijke hulpbron' },
    assertiveness: { label: 'Assertiviteit', hint: 'Persoonlijke hulpbron' },
    'time-management': { label: 'Timemanagement', hint: 'Persoonlijke hulpbron' },
    'energy-management': { label: 'Energiemanagement', hint: 'Persoonlijke hulpbron' },
  },
  fr: {
    autonomy: { label: 'Autonomie', hint: 'Ressource liée au travail' },
    growth: { label: 'Possibilités de développement', hint: 'Ressource liée au travail' },
    feedback: { label: 'Feed-back', hint: 'Ressource liée au travail' },
    'intrinsic-motivation': { label: 'Motivation intrinsèque', hint: 'Ressource liée au travail' },
    'social-support': { label: 'Soutien des collègues et du responsable', hint: 'Ressource liée au travail' },
    'clear-goals': { label: 'Objectifs clairs', hint: 'Ressource liée au travail' },
    'self-confidence': { label: 'Confiance en soi', hint: 'Ressource personnelle' },
    resilience: { label: 'Résilience', hint: 'Ressource personnelle' },
    assertiveness: { label: 'Assertivité', hint: 'Ressource personnelle' },
    'time-management': { label: 'Gestion du temps', hint: 'Ressource personnelle' },
    'energy-management': { label: 'Gestion de l’énergie', hint: 'Ressource personnelle' },
  },
});

/** Quadrants of the effort–impact matrix. */
export const quadrantLabels: Localised<CodeLabels<Quadrant>> = typesetFrench({
  nl: {
    'quick-win': { label: 'Snelle winst', hint: 'Weinig inspanning, veel impact: behouden en uitbreiden.' },
    'major-project': { label: 'Strategisch project', hint: 'Veel inspanning, veel impact: plannen en goed opvolgen.' },
    'fill-in': { label: 'Kleine klus', hint: 'Weinig inspanning, weinig impact: doen als er ruimte is.' },
    thankless: { label: 'Energievreter', hint: 'Veel inspanning, weinig impact: herdenken of stoppen.' },
  },
  fr: {
    'quick-win': { label: 'Gain rapide', hint: 'Peu d’effort, fort impact : à garder et à étendre.' },
    'major-project': {
      label: 'Projet stratégique',
      hint: 'Effort et impact élevés : à planifier et à suivre de près.',
    },
    'fill-in': { label: 'Action d’appoint', hint: 'Peu d’effort, peu d’impact : quand il reste du temps.' },
    thankless: { label: 'Gouffre à énergie', hint: 'Beaucoup d’effort, peu d’impact : à repenser ou à arrêter.' },
  },
});
