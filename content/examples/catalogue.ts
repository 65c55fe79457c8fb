import type { Locale } from '@/i18n/routing';
import type { Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

/**
 * What the home page lists about each worked example, without loading the
 * drafts themselves (they load only when one is opened). `language` is the
 * language the example is written in; the description is in the UI language.
 * A unit test checks name and organisation against the drafts.
 */
export interface ExampleSummary {
  language: Locale;
  name: string;
  organisation: string;
  description: Localised<string>;
}

export const EXAMPLE_CATALOGUE: readonly ExampleSummary[] = typesetFrench([
  {
    language: 'nl',
    name: 'Welzijnsbeleid 2027–2028',
    organisation: 'Agentschap Groen Erfgoed',
    description: {
      nl: 'Een Vlaams agentschap van 420 mensen met buitenploegen en kantoren, dat inzet op coachend leidinggeven en seizoenspieken.',
      fr: 'Une agence flamande de 420 personnes, équipes de terrain et bureaux, qui mise sur le leadership coachant et les pics saisonniers.',
    },
  },
  {
    language: 'fr',
    name: 'Politique de bien-être 2027–2028',
    organisation: 'Office Trajets Bruxelles (fictif)',
    description: {
      nl: 'Een Brusselse gewestelijke dienst van 310 mensen met een contactcentrum en nachtploegen, die werkt aan emotionele belasting en vermoeidheid.',
      fr: 'Un service régional bruxellois de 310 personnes, centre de contact et équipes de nuit, qui s’attaque à la charge émotionnelle et à la fatigue.',
    },
  },
]);
