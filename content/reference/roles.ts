import type { Actor, Engagement, GridLevel, PARTICIPATION_CHANNELS, RaciRole } from '@/lib/steps/roles';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type Participation = (typeof PARTICIPATION_CHANNELS)[number];

/** The catalogue of usual actors of a wellbeing policy. */
export const actorLabels: Localised<CodeLabels<Actor>> = typesetFrench({
  nl: {
    'management-board': { label: 'Managementcomité en leidend ambtenaar' },
    'line-managers': { label: 'Leidinggevenden' },
    hr: { label: 'HR (businesspartner en specialisten)' },
    'prevention-adviser-psychosocial': { label: 'Preventieadviseur psychosociale aspecten' },
    'occupational-physician': { label: 'Preventieadviseur-arbeidsarts' },
    'prevention-service': {
      label: 'Interne of gemeenschappelijke dienst voor preventie en bescherming op het werk (IDPBW / GDPB)',
    },
    'prevention-committee': { label: 'Comité voor preventie en bescherming op het werk (CPBW) of basisoverlegcomité' },
    unions: { label: 'Vakbonden' },
    'return-to-work-coordinator': { label: 'Re-integratiemedewerker of terug-naar-werkcoördinator' },
    'resilience-coaches': { label: 'Veerkrachtcoaches' },
    'confidential-counsellor': { label: 'Vertrouwenspersoon' },
    'diversity-officer': { label: 'Diversiteitsambtenaar' },
    'social-service': { label: 'Sociale dienst' },
    communication: { label: 'Communicatieteam' },
    ambassadors: { label: 'Ambassadeurs onder de medewerkers' },
    staff: { label: 'Medewerkers' },
    'external-providers': { label: 'Externe partners (externe dienst, coaching, opleiding)' },
    other: { label: 'Andere actor' },
  },
  fr: {
    'management-board': { label: 'Comité de direction et fonctionnaire dirigeant' },
    'line-managers': { label: 'Responsables hiérarchiques' },
    hr: { label: 'RH (business partner et spécialistes)' },
    'prevention-adviser-psychosocial': { label: 'Conseiller en prévention aspects psychosociaux' },
    'occupational-physician': { label: 'Conseiller en prévention-médecin du travail' },
    'prevention-service': {
      label: 'Service interne ou commun pour la prévention et la protection au travail (SIPPT / SCPPT)',
    },
    'prevention-committee': {
      label: 'Comité pour la prévention et la protection au travail (CPPT) ou comité de concertation de base',
    },
    unions: { label: 'Organisations syndicales' },
    'return-to-work-coordinator': { label: 'Responsable de la réintégration ou coordinateur retour au travail' },
    'resilience-coaches': { label: 'Coachs en résilience' },
    'confidential-counsellor': { label: 'Personne de confiance' },
    'diversity-officer': { label: 'Responsable diversité' },
    'social-service': { label: 'Service social' },
    communication: { label: 'Équipe communication' },
    ambassadors: { label: 'Ambassadeurs parmi le personnel' },
    staff: { label: 'Membres du personnel' },
    'external-providers': { label: 'Partenaires externes (service externe, coaching, formation)' },
    other: { label: 'Autre acteur' },
  },
});

export const gridLevelLabels: Localised<CodeLabels<GridLevel>> = typesetFrench({
  nl: { low: { label: 'Laag' }, high: { label: 'Hoog' } },
  fr: { low: { label: 'Faible' }, high: { label: 'Élevé' } },
});

/** How to engage a stakeholder, by place on the power–interest grid. */
export const engagementLabels: Localised<CodeLabels<Engagement>> = typesetFrench({
  nl: {
    'manage-closely': {
      label: 'Nauw betrekken',
      hint: 'Veel invloed, veel interesse: samen beslissen, vaak overleggen.',
    },
    'keep-satisfied': {
      label: 'Tevreden houden',
      hint: 'Veel invloed, weinig interesse: kort en op tijd informeren, steun vragen op sleutelmomenten.',
    },
    'keep-informed': {
      label: 'Goed informeren',
      hint: 'Weinig invloed, veel interesse: op de hoogte houden, ideeën vragen, inzetten als ambassadeur.',
    },
    monitor: {
      label: 'Volgen',
      hint: 'Weinig invloed, weinig interesse: algemene communicatie volstaat, blijf opletten.',
    },
  },
  fr: {
    'manage-closely': {
      label: 'Associer étroitement',
      hint: 'Forte influence, fort intérêt : décider ensemble, se concerter souvent.',
    },
    'keep-satisfied': {
      label: 'Tenir satisfait',
      hint: 'Forte influence, faible intérêt : informer brièvement et à temps, demander leur appui aux moments clés.',
    },
    'keep-informed': {
      label: 'Tenir informé',
      hint: 'Faible influence, fort intérêt : informer, recueillir les idées, mobiliser comme ambassadeurs.',
    },
    monitor: {
      label: 'Surveiller',
      hint: 'Faible influence, faible intérêt : la communication générale suffit, restez attentif.',
    },
  },
});

/**
 * The letter comes first: in the matrix’s selects a user types R, A, C or I to
 * pick a role, and exports can show the letter alone.
 */
export const raciLabels: Localised<CodeLabels<RaciRole>> = typesetFrench({
  nl: {
    responsible: { label: 'R – Uitvoerend', hint: 'Doet het werk; minstens één per taak.' },
    accountable: { label: 'A – Eindverantwoordelijk', hint: 'Beslist en legt rekenschap af; precies één per taak.' },
    consulted: { label: 'C – Geraadpleegd', hint: 'Geeft vooraf advies; overleg in twee richtingen.' },
    informed: { label: 'I – Geïnformeerd', hint: 'Hoort het resultaat; communicatie in één richting.' },
  },
  fr: {
    responsible: { label: 'R – Réalise', hint: 'Fait le travail ; au moins un par tâche.' },
    accountable: {
      label: 'A – Approuve (responsable final)',
      hint: 'Décide et répond du résultat ; un seul par tâche.',
    },
    consulted: { label: 'C – Consulté', hint: 'Donne son avis au préalable ; échange dans les deux sens.' },
    informed: { label: 'I – Informé', hint: 'Est tenu au courant du résultat ; information à sens unique.' },
  },
});

/**
 * Key tasks a user can add to the matrix with one click (stored as the task’s
 * name, in the language of the moment: the user can reword them).
 */
export const suggestedTasks: Localised<readonly string[]> = typesetFrench({
  nl: [
    'Het welzijnsbeleid uitschrijven',
    'Budget en mandaat goedkeuren',
    'De risicoanalyse psychosociale risico’s uitvoeren',
    'De acties coördineren',
    'Communiceren over het beleid',
    'De indicatoren opvolgen',
    'Het beleid bespreken in het overlegcomité',
  ],
  fr: [
    'Rédiger la politique du bien-être',
    'Approuver le budget et le mandat',
    'Réaliser l’analyse des risques psychosociaux',
    'Coordonner les actions',
    'Communiquer sur la politique',
    'Suivre les indicateurs',
    'Soumettre la politique au comité de concertation',
  ],
});

export const participationLabels: Localised<CodeLabels<Participation>> = typesetFrench({
  nl: {
    'prevention-committee': { label: 'Via het CPBW' },
    'consultation-committee': { label: 'Via het basisoverlegcomité' },
    'union-delegation': { label: 'Via de vakbondsafvaardiging' },
    'working-group': { label: 'Werkgroep met medewerkers' },
    ambassadors: { label: 'Netwerk van ambassadeurs' },
    'staff-survey': { label: 'Bevraging van medewerkers' },
    'focus-groups': { label: 'Focusgroepen' },
    'direct-participation': { label: 'Rechtstreeks, in teamoverleg' },
  },
  fr: {
    'prevention-committee': { label: 'Via le CPPT' },
    'consultation-committee': { label: 'Via le comité de concertation de base' },
    'union-delegation': { label: 'Via la délégation syndicale' },
    'working-group': { label: 'Groupe de travail avec le personnel' },
    ambassadors: { label: 'Réseau d’ambassadeurs' },
    'staff-survey': { label: 'Enquête auprès du personnel' },
    'focus-groups': { label: 'Groupes de discussion' },
    'direct-participation': { label: 'Directement, en réunion d’équipe' },
  },
});
