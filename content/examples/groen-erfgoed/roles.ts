import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const roles = ({ id, assign }: Helpers): ExampleStep<'roles'> => ({
  stakeholders: [
    {
      uid: id('sh-board'),
      actor: 'management-board',
      who: 'Leidend ambtenaar en managementcomité',
      influence: 'high',
      interest: 'high',
      role: 'Sponsor: keurt budget en mandaat goed en draagt het beleid uit.',
    },
    {
      uid: id('sh-hr'),
      actor: 'hr',
      who: 'Sofie, HR-verantwoordelijke',
      influence: 'high',
      interest: 'high',
      role: 'Coördineert het beleid en het jaaractieplan.',
    },
    {
      uid: id('sh-managers'),
      actor: 'line-managers',
      who: 'De 45 leidinggevenden en ploegleiders',
      influence: 'high',
      interest: 'high',
      role: 'Brengen het beleid naar hun team en voeren het kwartaalgesprek over werkdruk.',
    },
    {
      uid: id('sh-prevention'),
      actor: 'prevention-adviser-psychosocial',
      who: 'Preventieadviseur psychosociale aspecten (externe dienst)',
      influence: 'high',
      interest: 'high',
      role: 'Adviseert over de risicoanalyse en de keuze van maatregelen.',
    },
    {
      uid: id('sh-physician'),
      actor: 'occupational-physician',
      who: 'Arbeidsarts',
      influence: 'high',
      interest: 'low',
      role: 'Adviseert bij re-integratie en aangepast werk en schat het psychosociale aandeel in het verzuim.',
    },
    {
      uid: id('sh-reintegration'),
      actor: 'return-to-work-coordinator',
      who: 'Re-integratiemedewerker van HR',
      influence: 'low',
      interest: 'high',
      role: 'Houdt contact tijdens lange afwezigheid en begeleidt de terugkeer met de leidinggevende en de arbeidsarts.',
    },
    {
      uid: id('sh-committee'),
      actor: 'prevention-committee',
      who: 'Basisoverlegcomité',
      influence: 'high',
      interest: 'high',
      role: 'Geeft advies over het jaaractieplan en volgt de uitvoering op.',
    },
    {
      uid: id('sh-coaches'),
      actor: 'resilience-coaches',
      who: 'Veerkrachtcoaches (interne pool van de Vlaamse overheid, kosteloos)',
      influence: 'low',
      interest: 'high',
      role: 'Bieden vertrouwelijke coaching, gemiddeld vijf gesprekken, zonder kosten voor het agentschap.',
    },
    {
      uid: id('sh-confidant'),
      actor: 'confidential-counsellor',
      who: 'Vier vertrouwenspersonen',
      influence: 'low',
      interest: 'high',
      role: 'Eerste aanspreekpunt bij conflicten en grensoverschrijdend gedrag.',
    },
    {
      uid: id('sh-communication'),
      actor: 'communication',
      who: 'Team communicatie',
      influence: 'low',
      interest: 'low',
      role: 'Maakt de campagne en het materiaal voor de ambassadeurs.',
    },
    {
      uid: id('sh-ambassadors'),
      actor: 'ambassadors',
      who: 'Acht welzijnsambassadeurs, drie uit de buitenploegen',
      influence: 'low',
      interest: 'high',
      role: 'Stellen het aanbod voor op de ochtendbriefing en brengen signalen terug.',
    },
    {
      uid: id('sh-staff'),
      actor: 'staff',
      who: 'Medewerkers van de buitenploegen',
      influence: 'low',
      interest: 'high',
      role: 'Denken mee in de pilot en geven feedback in focusgroepen.',
    },
  ],
  tasks: [
    {
      uid: id('task-budget'),
      name: 'Budget en mandaat goedkeuren',
      assignments: assign({
        'sh-board': 'accountable',
        'sh-hr': 'responsible',
        'sh-committee': 'consulted',
        'sh-managers': 'informed',
      }),
    },
    {
      uid: id('task-plan'),
      name: 'Het jaaractieplan opstellen',
      assignments: assign({
        'sh-board': 'accountable',
        'sh-hr': 'responsible',
        'sh-prevention': 'responsible',
        'sh-committee': 'consulted',
        'sh-ambassadors': 'consulted',
      }),
    },
    {
      uid: id('task-leadership'),
      name: 'Het leiderschapstraject uitrollen',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-managers': 'responsible',
        'sh-prevention': 'consulted',
        'sh-board': 'informed',
      }),
    },
    {
      uid: id('task-team-talks'),
      name: 'Het kwartaalgesprek over werkdruk voeren',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-managers': 'responsible',
        'sh-ambassadors': 'consulted',
        'sh-staff': 'informed',
      }),
    },
    {
      uid: id('task-communication'),
      name: 'Het aanbod bekendmaken',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-communication': 'responsible',
        'sh-ambassadors': 'responsible',
        'sh-staff': 'informed',
      }),
    },
    {
      uid: id('task-indicators'),
      name: 'De indicatoren opvolgen',
      assignments: assign({
        'sh-hr': 'accountable',
        'sh-managers': 'responsible',
        'sh-physician': 'consulted',
        'sh-prevention': 'consulted',
        'sh-committee': 'informed',
      }),
    },
  ],
  support: {
    ambassadors:
      'Acht ambassadeurs, onder wie drie uit de buitenploegen, krijgen vier uur per maand voor hun rol en komen elk kwartaal samen met HR.',
    participation: ['consultation-committee', 'ambassadors', 'working-group', 'staff-survey', 'focus-groups'],
    staffInvolvement:
      'De werkgroep van stap 2 blijft bestaan als klankbord. Medewerkers stellen de slogan voor en testen de pilot in twee regio’s voor het aanbod breder gaat.',
  },
});
