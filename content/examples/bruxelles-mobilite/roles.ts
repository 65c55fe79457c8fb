import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const roles = ({ id, assign }: Helpers): ExampleStep<'roles'> => ({
  stakeholders: [
    {
      uid: id('sh-board'),
      actor: 'management-board',
      who: 'Fonctionnaire dirigeant et comité de direction',
      influence: 'high',
      interest: 'high',
      role: 'Sponsor : approuve le budget et le mandat.',
    },
    {
      uid: id('sh-hr'),
      actor: 'hr',
      who: 'Nadia, responsable RH',
      influence: 'high',
      interest: 'high',
      role: 'Coordonne la politique et le plan d’action annuel.',
    },
    {
      uid: id('sh-managers'),
      actor: 'line-managers',
      who: 'Les 38 responsables hiérarchiques',
      influence: 'high',
      interest: 'high',
      role: 'Portent la démarche dans leur équipe et animent l’échange trimestriel.',
    },
    {
      uid: id('sh-prevention'),
      actor: 'prevention-adviser-psychosocial',
      who: 'Conseiller en prévention aspects psychosociaux (SEPPT)',
      influence: 'high',
      interest: 'high',
      role: 'Conseille sur l’analyse des risques et les mesures.',
    },
    {
      uid: id('sh-physician'),
      actor: 'occupational-physician',
      who: 'Médecin du travail',
      influence: 'high',
      interest: 'low',
      role: 'Conseille sur la réintégration et le travail adapté, et estime la part psychosociale des absences.',
    },
    {
      uid: id('sh-reintegration'),
      actor: 'return-to-work-coordinator',
      who: 'Responsable de la réintégration (RH)',
      influence: 'low',
      interest: 'high',
      role: 'Garde le contact pendant une longue absence et organise la reprise avec le responsable et le médecin du travail.',
    },
    {
      uid: id('sh-committee'),
      actor: 'prevention-committee',
      who: 'Comité de concertation de base',
      influence: 'high',
      interest: 'high',
      role: 'Donne son avis sur le plan d’action annuel et en suit l’exécution.',
    },
    {
      uid: id('sh-contact'),
      actor: 'other',
      customName: 'Chef du centre de contact',
      who: 'Karim',
      influence: 'high',
      interest: 'high',
      role: 'Pilote le projet au centre de contact.',
    },
    {
      uid: id('sh-confidant'),
      actor: 'confidential-counsellor',
      who: 'Trois personnes de confiance',
      influence: 'low',
      interest: 'high',
      role: 'Premier relais en cas de conflit ou de comportement abusif.',
    },
    {
      uid: id('sh-communication'),
      actor: 'communication',
      who: 'Cellule communication',
      influence: 'low',
      interest: 'low',
      role: 'Réalise la campagne et les supports.',
    },
    {
      uid: id('sh-ambassadors'),
      actor: 'ambassadors',
      who: 'Six ambassadeurs, dont deux des équipes de nuit',
      influence: 'low',
      interest: 'high',
      role: 'Présentent l’offre aux briefings et font remonter les signaux.',
    },
    {
      uid: id('sh-night'),
      actor: 'staff',
      who: 'Équipes de nuit',
      influence: 'low',
      interest: 'high',
      role: 'Participent à la révision des horaires.',
    },
  ],
  tasks: [
    {
      uid: id('task-budget'),
      name: 'Approuver le budget et le mandat',
      assignments: assign({
        'sh-board': 'accountable',
        'sh-hr': 'responsible',
        'sh-committee': 'consulted',
        'sh-managers': 'informed',
      }),
    },
    {
      uid: id('task-plan'),
      name: 'Établir le plan d’action annuel',
      assignments: assign({
        'sh-board': 'accountable',
        'sh-hr': 'responsible',
        'sh-prevention': 'responsible',
        'sh-committee': 'consulted',
      }),
    },
    {
      uid: id('task-contact'),
      name: 'Mener le projet pilote du centre de contact',
      assignments: assign({
        'sh-contact': 'accountable',
        'sh-managers': 'responsible',
        'sh-prevention': 'consulted',
        'sh-ambassadors': 'informed',
      }),
    },
    {
      uid: id('task-leadership'),
      name: 'Déployer le parcours des responsables',
      assignments: assign({ 'sh-hr': 'accountable', 'sh-managers': 'responsible', 'sh-board': 'informed' }),
    },
    {
      uid: id('task-communication'),
      name: 'Faire connaître l’offre',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-communication': 'responsible',
        'sh-ambassadors': 'responsible',
        'sh-night': 'informed',
      }),
    },
    {
      uid: id('task-indicators'),
      name: 'Suivre les indicateurs',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-managers': 'responsible',
        'sh-physician': 'consulted',
        'sh-committee': 'informed',
      }),
    },
  ],
  support: {
    ambassadors:
      'Six ambassadeurs, dont deux issus des équipes de nuit, disposent de quatre heures par mois et se réunissent chaque trimestre avec les RH.',
    participation: ['consultation-committee', 'ambassadors', 'working-group', 'staff-survey', 'focus-groups'],
    staffInvolvement:
      'Le groupe de travail de l’état des lieux reste en place. Les équipes pilotes testent les mesures avant toute généralisation.',
  },
});
