import type { ACTION_STATUSES, BUILDING_BLOCKS, CHANNELS, NUDGES } from '@/lib/steps/action';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type BuildingBlock = (typeof BUILDING_BLOCKS)[number];
type Status = (typeof ACTION_STATUSES)[number];
type Channel = (typeof CHANNELS)[number];
type Nudge = (typeof NUDGES)[number];

/** The ten building blocks of the Flemish action plan on work-related stress and burn-out. */
export const buildingBlockLabels: Localised<CodeLabels<BuildingBlock>> = typesetFrench({
  nl: {
    'general-policy': { label: '1. Algemeen welzijnsbeleid' },
    'inform-support': { label: '2. Entiteiten informeren en ondersteunen (risicoanalyse)' },
    'presence-return': { label: '3. Aanwezigheids- en re-integratiebeleid' },
    leadership: { label: '4. Leiderschap (coach en leider, rolduidelijkheid)' },
    health: { label: '5. Gezondheid (slaap, beweging, voeding)' },
    measuring: { label: '6. Meten is weten, rapporteren is sensibiliseren' },
    'screening-training': { label: '7. Het opleidingsaanbod toetsen op welzijn' },
    'internal-mobility': { label: '8. Interne mobiliteit' },
    'organisational-development': {
      label: '9. Organisatieontwikkeling (talent, jobcrafting, plaats- en tijdsonafhankelijk werken)',
    },
    'support-channels': { label: '10. Kanalen voor individuele ondersteuning in kaart' },
  },
  fr: {
    'general-policy': { label: '1. Politique générale de bien-être' },
    'inform-support': { label: '2. Informer et soutenir les entités (analyse des risques)' },
    'presence-return': { label: '3. Politique de présence et de retour au travail' },
    leadership: { label: '4. Leadership (coach et leader, clarté des rôles)' },
    health: { label: '5. Santé (sommeil, mouvement, alimentation)' },
    measuring: { label: '6. Mesurer pour savoir, rapporter pour sensibiliser' },
    'screening-training': { label: '7. Passer l’offre de formation au crible du bien-être' },
    'internal-mobility': { label: '8. Mobilité interne' },
    'organisational-development': {
      label:
        '9. Développement organisationnel (talents, job crafting, travail flexible dans le temps et dans l’espace)',
    },
    'support-channels': { label: '10. Cartographie des canaux de soutien individuel' },
  },
});

export const actionStatusLabels: Localised<CodeLabels<Status>> = typesetFrench({
  nl: {
    planned: { label: 'Gepland' },
    'in-progress': { label: 'Lopend' },
    done: { label: 'Afgerond' },
    postponed: { label: 'Uitgesteld' },
    stopped: { label: 'Stopgezet' },
  },
  fr: {
    planned: { label: 'Prévue' },
    'in-progress': { label: 'En cours' },
    done: { label: 'Terminée' },
    postponed: { label: 'Reportée' },
    stopped: { label: 'Arrêtée' },
  },
});

export const channelLabels: Localised<CodeLabels<Channel>> = typesetFrench({
  nl: {
    intranet: { label: 'Intranet' },
    email: { label: 'E-mail' },
    newsletter: { label: 'Nieuwsbrief' },
    'team-meeting': { label: 'Teamoverleg' },
    'info-session': { label: 'Infosessie' },
    poster: { label: 'Affiche' },
    leaflet: { label: 'Folder of brief op papier' },
    video: { label: 'Video' },
    'social-media': { label: 'Sociale media' },
    'face-to-face': { label: 'Persoonlijk gesprek' },
    other: { label: 'Ander kanaal' },
  },
  fr: {
    intranet: { label: 'Intranet' },
    email: { label: 'Courriel' },
    newsletter: { label: 'Lettre d’information' },
    'team-meeting': { label: 'Réunion d’équipe' },
    'info-session': { label: 'Séance d’information' },
    poster: { label: 'Affiche' },
    leaflet: { label: 'Dépliant ou courrier papier' },
    video: { label: 'Vidéo' },
    'social-media': { label: 'Réseaux sociaux' },
    'face-to-face': { label: 'Entretien en personne' },
    other: { label: 'Autre canal' },
  },
});

/** Behavioural insights checklist. */
export const nudgeLabels: Localised<CodeLabels<Nudge>> = typesetFrench({
  nl: {
    easy: { label: 'Makkelijk', hint: 'Zo weinig mogelijk drempels: één klik, geen formulier, dichtbij.' },
    attractive: { label: 'Aantrekkelijk', hint: 'Het valt op en spreekt aan: een beeld, een persoonlijk verhaal.' },
    social: { label: 'Sociaal', hint: 'Collega’s doen mee of raden het aan; leidinggevenden geven het voorbeeld.' },
    timely: { label: 'Tijdig', hint: 'Op het moment dat het ertoe doet: bij de start, voor een drukke periode.' },
  },
  fr: {
    easy: { label: 'Facile', hint: 'Le moins d’obstacles possible : un clic, pas de formulaire, à proximité.' },
    attractive: { label: 'Attrayant', hint: 'Cela attire l’attention : une image, un témoignage.' },
    social: {
      label: 'Social',
      hint: 'Des collègues participent ou le recommandent ; les responsables montrent l’exemple.',
    },
    timely: { label: 'Opportun', hint: 'Au bon moment : au lancement, avant une période chargée.' },
  },
});
