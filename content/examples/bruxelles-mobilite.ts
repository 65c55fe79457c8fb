import type { Draft } from '@/lib/draft/envelope';
import { exampleDraft, uidMap } from './build';

/**
 * Worked example in French: Bruxelles Mobilité Services (fictitious Brussels
 * regional public body, about 310 staff, 6.5 % sickness absence in 2025),
 * consistent with the worked examples in content/steps/*.ts.
 */
export function bruxellesMobiliteExample(now: Date = new Date()): Draft {
  const id = uidMap();
  const assign = (roles: Record<string, 'responsible' | 'accountable' | 'consulted' | 'informed'>) =>
    Object.fromEntries(Object.entries(roles).map(([key, role]) => [id(key), role]));
  const initiative = (
    key: string,
    title: string,
    description: string,
    lever: 'employability' | 'leadership' | 'meaningful-work' | 'work-life-balance' | 'new-ways-of-working',
    level: 'individual' | 'team' | 'organisation',
    targetGroup: string,
    effort: number,
    impact: number,
  ) => ({ uid: id(key), title, description, lever, level, targetGroup, effort, impact });

  return exampleDraft(
    {
      locale: 'fr',
      name: 'Politique de bien-être 2027–2028',
      organisation: 'Bruxelles Mobilité Services',
      steps: {
        why: {
          profile: {
            name: 'Bruxelles Mobilité Services',
            type: 'brussels-regional',
            sector: 'transport-logistics',
            staffCount: 310,
          },
          mission:
            'Nous rendons les déplacements à Bruxelles plus sûrs et plus fluides : suivi des chantiers, gestion des tunnels et information des usagers.',
          vision:
            'Un service public sur lequel la ville peut compter jour et nuit, porté par des équipes qui restent en forme sur la durée.',
          values: [
            { uid: id('value-service'), name: 'Sens du service', meaning: 'Nous sommes là pour les usagers, sans oublier nos collègues.' },
            { uid: id('value-respect'), name: 'Respect', meaning: 'Personne ne doit accepter l’agressivité comme faisant partie du métier.' },
            { uid: id('value-solidarity'), name: 'Solidarité', meaning: 'Les équipes de jour et de nuit se soutiennent.' },
          ],
          drivers: ['absence', 'burnout', 'survey-findings', 'legal-duty'],
          driversOther: '',
          whyHere:
            'Pour faire avancer la ville, nos équipes doivent pouvoir tenir la distance. Avec 6,5 % d’absentéisme pour maladie en 2025, au-dessus de la moyenne de la fonction publique régionale, et une enquête qui pointe la charge émotionnelle au centre de contact et la fatigue des équipes de nuit, nous voulons agir sur l’organisation du travail autant que sur le soutien aux personnes.',
          levers: {
            employability: { relevance: 'medium', note: 'Offrir des perspectives aux agents du centre de contact.' },
            leadership: { relevance: 'high', note: 'Les responsables sont peu outillés pour soutenir une équipe sous pression.' },
            'meaningful-work': { relevance: 'medium', note: 'Les agents sont fiers de leur rôle pour la ville.' },
            'work-life-balance': { relevance: 'high', note: 'Les horaires de nuit pèsent sur la récupération et la vie de famille.' },
            'new-ways-of-working': { relevance: 'low', note: 'Le télétravail existe pour les services administratifs.' },
          },
        },
        'as-is': {
          initiatives: [
            initiative('ini-sport-day', 'Journée sportive annuelle', 'Une journée de sport et de jeux, organisée par les RH.', 'work-life-balance', 'organisation', 'Tout le personnel', 4, 2),
            initiative('ini-confidants', 'Personnes de confiance', 'Trois personnes de confiance formées, joignables par téléphone.', 'work-life-balance', 'individual', 'Tout le personnel', 2, 4),
            initiative('ini-telework', 'Télétravail pour les services administratifs', 'Jusqu’à deux jours par semaine selon une convention.', 'new-ways-of-working', 'team', 'Services administratifs', 2, 4),
            initiative('ini-aggression', 'Procédure après un appel agressif', 'Une fiche de signalement, rarement utilisée faute de suivi.', 'leadership', 'team', 'Centre de contact', 2, 2),
            initiative('ini-training', 'Formations techniques', 'Catalogue de formations sur la signalisation et la sécurité des tunnels.', 'employability', 'individual', 'Équipes techniques', 3, 3),
            initiative('ini-welcome', 'Accueil des nouveaux agents', 'Une demi-journée de présentation de l’institution.', 'meaningful-work', 'organisation', 'Nouveaux agents', 2, 3),
            initiative('ini-return', 'Visite de pré-reprise', 'Rencontre avec le médecin du travail avant une reprise, sur demande.', 'employability', 'individual', 'Agents absents longtemps', 3, 3),
            initiative('ini-night-breaks', 'Pauses aménagées la nuit', 'Un local de repos pour l’équipe des tunnels.', 'work-life-balance', 'team', 'Équipes de nuit', 3, 3),
            initiative('ini-briefing', 'Briefing de début de service', 'Dix minutes d’informations pratiques en début de service.', 'meaningful-work', 'team', 'Équipes de terrain', 1, 3),
          ],
          figures: {
            year: 2025,
            absencePercentage: 6.5,
            frequency: 1.6,
            averageDuration: 10.4,
            lastRiskAnalysis: '2022-11-07',
            lastSurvey: '2025-06-15',
          },
          demands: ['emotional-load', 'workload', 'poor-relations', 'role-ambiguity'],
          demandsOther: [{ uid: id('demand-night'), text: 'Horaires de nuit et récupération insuffisante' }],
          resources: ['social-support', 'intrinsic-motivation', 'clear-goals'],
          resourcesOther: [],
          notes: 'Inventaire réalisé par un groupe de travail : deux agents du centre de contact, un chef d’équipe des tunnels, une juriste, le conseiller en prévention et les RH.',
        },
        roles: {
          stakeholders: [
            { uid: id('sh-board'), actor: 'management-board', who: 'Fonctionnaire dirigeant et comité de direction', influence: 'high', interest: 'high', role: 'Sponsor : approuve le budget et le mandat.' },
            { uid: id('sh-hr'), actor: 'hr', who: 'Nadia, responsable RH', influence: 'high', interest: 'high', role: 'Coordonne la politique et le plan d’action annuel.' },
            { uid: id('sh-managers'), actor: 'line-managers', who: 'Les 38 responsables hiérarchiques', influence: 'high', interest: 'high', role: 'Portent la démarche dans leur équipe et animent l’échange trimestriel.' },
            { uid: id('sh-prevention'), actor: 'prevention-adviser-psychosocial', who: 'Conseiller en prévention aspects psychosociaux (SEPPT)', influence: 'high', interest: 'high', role: 'Conseille sur l’analyse des risques et les mesures.' },
            { uid: id('sh-physician'), actor: 'occupational-physician', who: 'Médecin du travail', influence: 'high', interest: 'low', role: 'Accompagne la réintégration et estime la part psychosociale des absences.' },
            { uid: id('sh-committee'), actor: 'prevention-committee', who: 'Comité de concertation de base', influence: 'high', interest: 'high', role: 'Donne son avis sur le plan d’action annuel et en suit l’exécution.' },
            { uid: id('sh-contact'), actor: 'other', customName: 'Chef du centre de contact', who: 'Karim', influence: 'high', interest: 'high', role: 'Pilote le projet au centre de contact.' },
            { uid: id('sh-confidant'), actor: 'confidential-counsellor', who: 'Trois personnes de confiance', influence: 'low', interest: 'high', role: 'Premier relais en cas de conflit ou de comportement abusif.' },
            { uid: id('sh-communication'), actor: 'communication', who: 'Cellule communication', influence: 'low', interest: 'low', role: 'Réalise la campagne et les supports.' },
            { uid: id('sh-ambassadors'), actor: 'ambassadors', who: 'Six ambassadeurs, dont deux des équipes de nuit', influence: 'low', interest: 'high', role: 'Présentent l’offre aux briefings et font remonter les signaux.' },
            { uid: id('sh-night'), actor: 'staff', who: 'Équipes de nuit', influence: 'low', interest: 'high', role: 'Participent à la révision des horaires.' },
          ],
          tasks: [
            { uid: id('task-budget'), name: 'Approuver le budget et le mandat', assignments: assign({ 'sh-board': 'accountable', 'sh-hr': 'responsible', 'sh-committee': 'consulted', 'sh-managers': 'informed' }) },
            { uid: id('task-plan'), name: 'Établir le plan d’action annuel', assignments: assign({ 'sh-board': 'accountable', 'sh-hr': 'responsible', 'sh-prevention': 'responsible', 'sh-committee': 'consulted' }) },
            { uid: id('task-contact'), name: 'Mener le projet pilote du centre de contact', assignments: assign({ 'sh-contact': 'accountable', 'sh-managers': 'responsible', 'sh-prevention': 'consulted', 'sh-ambassadors': 'informed' }) },
            { uid: id('task-leadership'), name: 'Déployer le parcours des responsables', assignments: assign({ 'sh-hr': 'accountable', 'sh-managers': 'responsible', 'sh-board': 'informed' }) },
            { uid: id('task-communication'), name: 'Faire connaître l’offre', assignments: assign({ 'sh-hr': 'accountable', 'sh-communication': 'responsible', 'sh-ambassadors': 'responsible', 'sh-night': 'informed' }) },
            { uid: id('task-indicators'), name: 'Suivre les indicateurs', assignments: assign({ 'sh-hr': 'accountable', 'sh-managers': 'responsible', 'sh-physician': 'consulted', 'sh-committee': 'informed' }) },
          ],
          support: {
            ambassadors: 'Six ambassadeurs, dont deux issus des équipes de nuit, disposent de quatre heures par mois et se réunissent chaque trimestre avec les RH.',
            participation: ['consultation-committee', 'ambassadors', 'working-group', 'staff-survey', 'focus-groups'],
            staffInvolvement: 'Le groupe de travail de l’état des lieux reste en place. Les équipes pilotes testent les mesures avant toute généralisation.',
          },
        },
        'to-be': {
          results:
            'Dans deux ans, les agents du centre de contact se sentent protégés face à l’agressivité, les responsables soutiennent activement leurs équipes et les équipes de nuit récupèrent mieux. L’absentéisme se rapproche de la moyenne de la fonction publique régionale bruxelloise.',
          objectives: [
            { uid: id('so-contact'), name: 'Mieux protéger le centre de contact face à l’agressivité', description: 'Des règles claires, du soutien après un appel difficile et des tâches variées.', levers: ['leadership', 'meaningful-work'] },
            { uid: id('so-leadership'), name: 'Renforcer le rôle d’accompagnement des responsables', description: 'Chaque responsable joue son rôle de coach et de leader.', levers: ['leadership', 'employability'] },
            { uid: id('so-absence'), name: 'Ramener l’absentéisme à la moyenne régionale en trois ans', description: 'Moins d’absences, une meilleure récupération la nuit et un retour au travail accompagné.', levers: ['work-life-balance', 'new-ways-of-working'] },
          ],
          slogan: 'Bien au travail, on avance mieux',
          mirror: {
            employability: { today: 'Des formations surtout techniques ; peu de perspectives au centre de contact.', tomorrow: 'Une rotation des tâches au centre de contact et un retour au travail accompagné.' },
            leadership: { today: 'Des responsables peu outillés ; une fiche de signalement sans suivi.', tomorrow: 'Tous les responsables formés à leur rôle de coach et une intervision régulière.' },
            'meaningful-work': { today: 'Une fierté forte mais peu de retour sur l’utilité du travail.', tomorrow: 'Des briefings qui montrent ce que le travail des équipes apporte à la ville.' },
            'work-life-balance': { today: 'Une journée sportive qui touche surtout le personnel de bureau.', tomorrow: 'Une offre santé toute l’année, accessible aussi aux équipes de nuit.' },
            'new-ways-of-working': { today: 'Télétravail limité aux services administratifs.', tomorrow: 'Des horaires de nuit revus avec les agents pour mieux récupérer.' },
          },
          notes: 'Slogan choisi parmi une quinzaine de propositions des agents.',
        },
        resources: {
          budgetLines: [
            { uid: id('bl-support'), category: 'external-provider', description: 'Soutien psychosocial externe via le SEPPT', amount: 9000, year: 2027 },
            { uid: id('bl-leadership'), category: 'training', description: 'Parcours coach et leader pour les responsables', amount: 12000, year: 2027 },
            { uid: id('bl-intervision'), category: 'external-provider', description: 'Animation de l’intervision au centre de contact', amount: 4000, year: 2027 },
            { uid: id('bl-health'), category: 'other', description: 'Offre santé accessible aux équipes de nuit', amount: 3000, year: 2028 },
            { uid: id('bl-communication'), category: 'communication', description: 'Campagne de lancement et supports', amount: 2000, year: 2027 },
          ],
          staffTime: [
            { uid: id('st-coordinator'), role: 'Coordination de la politique (RH)', fte: 0.5 },
            { uid: id('st-ambassadors'), role: 'Six ambassadeurs, quatre heures par mois', fte: 0.15 },
          ],
          expertise: [
            { uid: id('ex-prevention'), description: 'Conseiller en prévention aspects psychosociaux', source: 'external' },
            { uid: id('ex-hr'), description: 'Formation et réintégration (RH)', source: 'internal' },
          ],
          roi: {
            staffFte: 290,
            workingDaysPerFte: 200,
            absencePercentage: null,
            psychosocialShare: 25,
            dayCost: 280,
            yearlyWageCost: null,
            reduction: { cautious: 10, middle: 20, optimistic: 30 },
            scenario: 'cautious',
          },
          boardText:
            'Nous demandons 30 000 euros de budget sur 2027 et 2028 et 0,5 ETP de coordination. L’absentéisme nous coûte environ 3 770 jours par an, dont un quart d’origine psychosociale selon le SEPPT. Dans le scénario prudent (10 % d’absentéisme psychosocial en moins), l’investissement est récupéré après un peu plus d’un an. Les études citent des effets plus importants, mais nous ne les promettons pas. Une évaluation est prévue après un an.',
        },
        action: {
          operationalObjectives: [
            { uid: id('oo-intervision'), name: 'Une intervision mensuelle au centre de contact', description: 'Après les appels agressifs, avec un animateur externe.', strategicObjectives: [id('so-contact')] },
            { uid: id('oo-rotation'), name: 'Une rotation des tâches au centre de contact', description: 'Alterner le téléphone et d’autres tâches au cours de la semaine.', strategicObjectives: [id('so-contact')] },
            { uid: id('oo-managers'), name: 'Les 38 responsables formés à leur rôle de coach et de leader', description: 'D’ici fin 2027.', strategicObjectives: [id('so-leadership')] },
            { uid: id('oo-night'), name: 'Des horaires de nuit revus avec les agents', description: 'Dans l’équipe pilote des tunnels, puis dans les autres équipes.', strategicObjectives: [id('so-absence')] },
            { uid: id('oo-support'), name: 'Un soutien connu et accessible à tous', description: 'Du soutien psychosocial externe à la personne de confiance, jour et nuit.', strategicObjectives: [id('so-absence')] },
          ],
          actions: [
            { uid: id('ac-intervision'), title: 'Intervision sur les appels agressifs', description: 'Une séance mensuelle en petit groupe, animée par un psychologue externe.', objectives: [id('oo-intervision')], lever: 'leadership', level: 'team', buildingBlock: 'inform-support', owner: id('sh-contact'), partners: 'Animateur externe', start: '2027-02', end: '2028-12', budget: 4000, budgetLine: id('bl-intervision'), expectedResult: 'Chaque agent du centre de contact participe au moins à six séances par an.' },
            { uid: id('ac-aggression-rules'), title: 'Règles claires face à l’agressivité', description: 'Le droit de mettre fin à un appel injurieux, et un suivi de chaque signalement par le responsable.', objectives: [id('oo-intervision')], lever: 'leadership', level: 'organisation', buildingBlock: 'general-policy', owner: id('sh-board'), partners: 'Juriste, conseiller en prévention', start: '2027-01', end: '2027-03', budget: null, budgetLine: null, expectedResult: 'Des règles validées par la direction et connues de tous les agents.' },
            { uid: id('ac-rotation'), title: 'Rotation des tâches au centre de contact', description: 'Un planning qui alterne appels, courriels et traitement des dossiers.', objectives: [id('oo-rotation')], lever: 'meaningful-work', level: 'team', buildingBlock: 'organisational-development', owner: id('sh-contact'), partners: 'Agents du centre de contact', start: '2027-04', end: '2027-09', budget: null, budgetLine: null, expectedResult: 'Plus de trois heures de téléphone d’affilée pour personne.' },
            { uid: id('ac-mobility'), title: 'Passerelles vers d’autres services', description: 'Des stages d’une semaine dans d’autres services pour les agents du centre de contact.', objectives: [id('oo-rotation')], lever: 'employability', level: 'individual', buildingBlock: 'internal-mobility', owner: id('sh-hr'), partners: 'Chefs de service', start: '2027-10', end: '2028-06', budget: null, budgetLine: null, expectedResult: 'Une dizaine de stages réalisés.' },
            { uid: id('ac-leadership'), title: 'Parcours coach et leader', description: 'Quatre demi-journées sur le soutien d’une équipe sous pression, avec intervision entre pairs.', objectives: [id('oo-managers')], lever: 'leadership', level: 'team', buildingBlock: 'leadership', owner: id('sh-hr'), partners: 'Prestataire de formation (accord-cadre)', start: '2027-03', end: '2027-12', budget: 12000, budgetLine: id('bl-leadership'), expectedResult: 'Les 38 responsables ont suivi le parcours.' },
            { uid: id('ac-team-talks'), title: 'Échange trimestriel sur la charge de travail', description: 'Chaque responsable anime un échange d’équipe à l’aide d’un guide fourni par les RH.', objectives: [id('oo-managers')], lever: 'leadership', level: 'team', buildingBlock: 'organisational-development', owner: id('sh-managers'), partners: 'RH', start: '2027-04', end: '2028-12', budget: null, budgetLine: null, expectedResult: 'Un échange par trimestre dans au moins neuf équipes sur dix.' },
            { uid: id('ac-night-pilot'), title: 'Projet pilote horaires de nuit aux tunnels', description: 'Revoir avec l’équipe la succession des nuits et les temps de repos.', objectives: [id('oo-night')], lever: 'new-ways-of-working', level: 'team', buildingBlock: 'organisational-development', owner: id('sh-managers'), partners: 'Équipe des tunnels, médecin du travail', start: '2027-05', end: '2027-11', budget: null, budgetLine: null, expectedResult: 'Un nouvel horaire testé pendant trois mois et évalué par l’équipe.' },
            { uid: id('ac-night-rollout'), title: 'Généraliser les horaires qui marchent', description: 'Étendre aux autres équipes de nuit ce qui a fonctionné, de façon réversible.', objectives: [id('oo-night')], lever: 'work-life-balance', level: 'organisation', buildingBlock: 'organisational-development', owner: id('sh-board'), partners: 'Comité de concertation de base', start: '2028-01', end: '2028-06', budget: null, budgetLine: null, expectedResult: 'Une décision de la direction après avis du comité.' },
            { uid: id('ac-support'), title: 'Soutien psychosocial externe pour tous', description: 'Des entretiens confidentiels via le SEPPT, accessibles aussi en dehors des heures de bureau.', objectives: [id('oo-support')], lever: 'work-life-balance', level: 'individual', buildingBlock: 'support-channels', owner: id('sh-prevention'), partners: 'SEPPT', start: '2027-02', end: '2028-12', budget: 9000, budgetLine: id('bl-support'), expectedResult: 'Un recours au soutien connu de tous, y compris la nuit.' },
            { uid: id('ac-health'), title: 'Offre santé toute l’année', description: 'Des séances courtes sur le sommeil et l’alimentation, programmées aussi pour les équipes de nuit.', objectives: [id('oo-support')], lever: 'work-life-balance', level: 'individual', buildingBlock: 'health', owner: id('sh-hr'), partners: 'Ambassadeurs', start: '2028-01', end: '2028-12', budget: 3000, budgetLine: id('bl-health'), expectedResult: 'Une séance par trimestre, dont une la nuit.' },
            { uid: id('ac-return'), title: 'Retour au travail accompagné', description: 'Un contact pendant l’absence, un entretien de reprise et un aménagement temporaire si besoin.', objectives: [id('oo-support')], lever: 'employability', level: 'individual', buildingBlock: 'presence-return', owner: id('sh-physician'), partners: 'RH, responsables', start: '2027-06', end: '2027-12', budget: null, budgetLine: null, expectedResult: 'Chaque reprise après plus d’un mois suit la procédure.' },
            { uid: id('ac-campaign'), title: 'Campagne « Bien au travail, on avance mieux »', description: 'Lancement avec affiches, courte vidéo et présentations aux briefings.', objectives: [id('oo-support')], lever: 'meaningful-work', level: 'organisation', buildingBlock: 'inform-support', owner: id('sh-communication'), partners: 'Ambassadeurs', start: '2027-02', end: '2027-03', budget: 1200, budgetLine: id('bl-communication'), expectedResult: 'Chaque agent a entendu parler de la politique dans le mois.' },
            { uid: id('ac-support-map'), title: 'Carte des canaux de soutien', description: 'Qui contacter pour quoi, affichée dans chaque local et sur l’intranet.', objectives: [id('oo-support')], lever: 'work-life-balance', level: 'organisation', buildingBlock: 'support-channels', owner: id('sh-communication'), partners: 'Personnes de confiance', start: '2027-02', end: '2027-04', budget: 800, budgetLine: id('bl-communication'), expectedResult: 'La carte est affichée partout, y compris dans les locaux de nuit.' },
          ],
          communication: [
            { uid: id('cm-launch'), audience: 'Tout le personnel', message: 'L’institution investit dans le bien-être : voici ce qui change et où trouver de l’aide.', channel: 'team-meeting', timing: 'Au lancement, février 2027', owner: id('sh-managers'), nudges: ['social', 'timely'] },
            { uid: id('cm-night'), audience: 'Équipes de nuit', message: 'Le soutien et les séances santé sont aussi pour vous : inscription par QR code ou auprès du chef d’équipe.', channel: 'face-to-face', timing: 'Aux briefings, octobre 2027', owner: id('sh-ambassadors'), nudges: ['easy', 'social', 'timely'] },
            { uid: id('cm-managers'), audience: 'Responsables hiérarchiques', message: 'L’échange trimestriel remplace une réunion d’équipe ; le guide vous aide à l’animer.', channel: 'info-session', timing: 'Mars 2027', owner: id('sh-hr'), nudges: ['easy'] },
            { uid: id('cm-intranet'), audience: 'Personnel administratif', message: 'La carte des canaux de soutien et l’offre du trimestre.', channel: 'intranet', timing: 'Chaque trimestre', owner: id('sh-communication'), nudges: ['easy', 'attractive'] },
          ],
          offlineReach: 'Les équipes de terrain et de nuit lisent peu leurs courriels : les ambassadeurs et chefs d’équipe présentent l’offre aux briefings, et la carte des canaux de soutien est affichée dans chaque local.',
        },
        measure: {
          indicators: [
            { uid: id('in-absence'), catalogue: 'absence-percentage', name: 'Taux d’absentéisme pour maladie par service', definition: 'Jours de maladie divisés par les jours disponibles, par service, jamais pour moins de dix personnes.', level: 'team', source: 'Administration du personnel', frequency: 'quarterly', baseline: '6,5 % (2025)', target: 'Moyenne de la fonction publique régionale en trois ans', owner: id('sh-hr'), objectives: [id('so-absence')], actions: [] },
            { uid: id('in-frequency'), catalogue: 'absence-frequency', name: 'Fréquence des absences', definition: 'Nombre de périodes de maladie par agent et par an, pour toute l’institution.', level: 'organisation', source: 'Administration du personnel', frequency: 'yearly', baseline: '1,6 (2025)', target: '', owner: id('sh-hr'), objectives: [id('so-absence')], actions: [id('ac-night-rollout'), id('ac-campaign'), id('ac-support-map'), id('ac-aggression-rules')] },
            { uid: id('in-return'), catalogue: 'return-to-work', name: 'Reprises après une longue absence', definition: 'Part des agents qui reprennent après plus de trois mois d’absence, chiffre annuel agrégé.', level: 'individual', source: 'Médecin du travail et RH', frequency: 'yearly', baseline: '', target: '', owner: id('sh-physician'), objectives: [id('oo-support')], actions: [id('ac-return')] },
            { uid: id('in-emotional'), catalogue: 'staff-survey-wellbeing', name: 'Charge émotionnelle ressentie au centre de contact', definition: 'Score aux questions sur la charge émotionnelle de l’enquête auprès du personnel.', level: 'team', source: 'Enquête auprès du personnel', frequency: 'yearly', baseline: '', target: '', owner: id('sh-contact'), objectives: [id('so-contact'), id('oo-rotation')], actions: [id('ac-rotation')] },
            { uid: id('in-engagement'), catalogue: 'staff-survey-engagement', name: 'Engagement dans l’enquête auprès du personnel', definition: 'Score d’engagement de l’enquête bisannuelle.', level: 'organisation', source: 'Enquête auprès du personnel', frequency: 'two-yearly', baseline: '', target: '', owner: id('sh-hr'), objectives: [id('so-leadership')], actions: [] },
            { uid: id('in-intervision'), catalogue: 'action-participation', name: 'Participation à l’intervision', definition: 'Nombre de séances et de participants, sans noms.', level: 'team', source: 'Listes de présence', frequency: 'quarterly', baseline: '', target: '', owner: id('sh-contact'), objectives: [id('oo-intervision')], actions: [id('ac-intervision')] },
            { uid: id('in-trained'), catalogue: 'action-participation', name: 'Responsables ayant suivi le parcours', definition: 'Nombre de responsables ayant suivi les quatre demi-journées.', level: 'team', source: 'Registre des formations', frequency: 'quarterly', baseline: '0 sur 38', target: '', owner: id('sh-hr'), objectives: [id('oo-managers')], actions: [id('ac-leadership'), id('ac-team-talks')] },
            { uid: id('in-support'), catalogue: 'psychosocial-requests', name: 'Recours au soutien psychosocial', definition: 'Nombre de demandes au SEPPT et aux personnes de confiance, par semestre et sans noms.', level: 'individual', source: 'Rapports du SEPPT', frequency: 'half-yearly', baseline: '', target: '', owner: id('sh-prevention'), objectives: [id('oo-support')], actions: [id('ac-support'), id('ac-health')] },
            { uid: id('in-night'), catalogue: 'focus-groups', name: 'Groupes de discussion avec les équipes de nuit', definition: 'Ce que les agents disent du nouvel horaire et de leur récupération.', level: 'team', source: 'Groupes de discussion', frequency: 'yearly', baseline: '', target: '', owner: id('sh-prevention'), objectives: [id('oo-night')], actions: [id('ac-night-pilot')] },
            { uid: id('in-mobility'), catalogue: 'custom', name: 'Stages dans d’autres services', definition: 'Nombre de stages réalisés par des agents du centre de contact.', level: 'individual', source: 'RH', frequency: 'yearly', baseline: '', target: '', owner: id('sh-hr'), objectives: [id('oo-rotation')], actions: [id('ac-mobility')] },
          ],
          reviews: [
            { uid: id('rv-kickoff'), date: '2027-01-14', phase: 'plan', title: 'Réunion de lancement du comité de pilotage', participants: 'Comité de pilotage', legal: null },
            { uid: id('rv-pilot'), date: '2027-12-07', phase: 'check', title: 'Évaluation du projet pilote horaires de nuit', participants: 'Équipe des tunnels, RH, médecin du travail', legal: null },
            { uid: id('rv-paa-2028'), date: '2027-10-12', phase: 'act', title: 'Présenter le plan d’action annuel 2028 au comité de concertation de base', participants: 'RH, conseiller en prévention, comité', legal: 'annual-action-plan' },
            { uid: id('rv-risk-analysis'), date: '2027-11-07', phase: 'plan', title: 'Nouvelle analyse des risques psychosociaux', participants: 'Conseiller en prévention, RH, comité', legal: 'risk-analysis' },
            { uid: id('rv-evaluation'), date: '2028-02-01', phase: 'check', title: 'Évaluation après un an pour la direction', participants: 'Comité de direction, RH', legal: null },
            { uid: id('rv-ppg'), date: '2028-03-20', phase: 'plan', title: 'Établir le plan global de prévention 2028–2032', participants: 'Conseiller en prévention, RH, direction', legal: 'prevention-plan' },
            { uid: id('rv-paa-2029'), date: '2028-10-10', phase: 'act', title: 'Présenter le plan d’action annuel 2029 au comité de concertation de base', participants: 'RH, conseiller en prévention, comité', legal: 'annual-action-plan' },
          ],
          notes: 'Toujours comparer l’absentéisme à la moyenne de la fonction publique régionale, sans valeur cible par service.',
        },
      },
    },
    now,
  );
}
