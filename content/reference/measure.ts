import type { CatalogueCode, CatalogueGroup } from '@/lib/indicators';
import type { FREQUENCIES, INDICATOR_CATALOGUE, LegalMoment, PDCA_PHASES } from '@/lib/steps/measure';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type CatalogueItem = (typeof INDICATOR_CATALOGUE)[number];
type Frequency = (typeof FREQUENCIES)[number];
type Phase = (typeof PDCA_PHASES)[number];

/** Catalogue of indicators: the label is the indicator’s name, the hint its definition. */
export const indicatorCatalogueLabels: Localised<CodeLabels<CatalogueItem>> = typesetFrench({
  nl: {
    'absence-percentage': {
      label: 'Ziekteafwezigheidspercentage',
      hint: 'Ziektedagen gedeeld door beschikbare dagen (dagen in ieders eigen werkrooster, zonder loopbaanonderbreking en gelijkgestelde afwezigheden; feestdagen tellen sinds 2014 mee; moederschapsrust telt niet als ziekte, deeltijdse ziekte wel).',
    },
    'absence-frequency': {
      label: 'Meldingsfrequentie',
      hint: 'Aantal nieuwe ziekteperiodes per jaar, per voltijds equivalent (VTE).',
    },
    'absence-duration': {
      label: 'Gemiddelde ziekteduur',
      hint: 'Gemiddelde lengte van een ziekteperiode, in kalenderdagen.',
    },
    'long-term-absence': {
      label: 'Langdurige afwezigheid',
      hint: 'Aantal of aandeel medewerkers dat langer dan drie maanden afwezig is.',
    },
    'return-to-work': {
      label: 'Werkhervatting',
      hint: 'Aandeel langdurig afwezigen dat het werk hervat, al of niet aangepast.',
    },
    'staff-survey-wellbeing': {
      label: 'Welzijnsscore in de personeelsbevraging',
      hint: 'Gemiddelde score op de welzijnsvragen, per dienst of voor de hele organisatie.',
    },
    'staff-survey-engagement': {
      label: 'Betrokkenheid in de personeelsbevraging',
      hint: 'Gemiddelde score op de vragen over bevlogenheid en betrokkenheid.',
    },
    'workable-work': {
      label: 'Werkbaar werk',
      hint: 'Aandeel medewerkers met werkbaar werk volgens de SERV-werkbaarheidsmonitor: zonder problemen met werkstress, motivatie, leermogelijkheden of werk-privébalans.',
    },
    'psychosocial-requests': {
      label: 'Psychosociale verzoeken',
      hint: 'Aantal informele en formele verzoeken bij de vertrouwenspersoon en de preventieadviseur.',
    },
    turnover: {
      label: 'Verloop',
      hint: 'Aandeel medewerkers dat de organisatie op eigen initiatief verlaat, per jaar.',
    },
    'action-participation': {
      label: 'Deelname aan acties',
      hint: 'Aantal deelnemers per actie, ook als aandeel van de doelgroep.',
    },
    'action-satisfaction': {
      label: 'Tevredenheid over acties',
      hint: 'Gemiddelde score die deelnemers na afloop geven.',
    },
    'focus-groups': { label: 'Focusgroepen', hint: 'Gesprekken in kleine groepen over wat werkt en wat niet.' },
    interviews: { label: 'Interviews', hint: 'Individuele gesprekken met medewerkers, leidinggevenden of partners.' },
    custom: { label: 'Eigen indicator' },
  },
  fr: {
    'absence-percentage': {
      label: 'Taux d’absentéisme pour maladie',
      hint: 'Jours de maladie divisés par les jours disponibles (jours prévus dans l’horaire de chacun, hors interruption de carrière et assimilés ; jours fériés inclus ; congé de maternité exclu ; maladie à temps partiel incluse).',
    },
    'absence-frequency': {
      label: 'Fréquence des absences',
      hint: 'Nombre de périodes d’absence pour maladie par an, par équivalent temps plein.',
    },
    'absence-duration': {
      label: 'Durée moyenne d’absence',
      hint: 'Durée moyenne d’une période d’absence pour maladie, en jours calendrier.',
    },
    'long-term-absence': {
      label: 'Absence de longue durée',
      hint: 'Nombre ou part des membres du personnel absents depuis plus de trois mois.',
    },
    'return-to-work': {
      label: 'Reprise du travail',
      hint: 'Part des absents de longue durée qui reprennent le travail, adapté ou non.',
    },
    'staff-survey-wellbeing': {
      label: 'Score de bien-être dans l’enquête du personnel',
      hint: 'Score moyen aux questions sur le bien-être, par service ou pour toute l’organisation.',
    },
    'staff-survey-engagement': {
      label: 'Engagement dans l’enquête du personnel',
      hint: 'Score moyen aux questions sur l’engagement et l’enthousiasme au travail.',
    },
    'workable-work': {
      label: 'Travail faisable',
      hint: 'Part du personnel dont le travail est faisable selon le moniteur du SERV : ni stress, ni problème de motivation, d’apprentissage ou d’équilibre vie professionnelle – vie privée.',
    },
    'psychosocial-requests': {
      label: 'Demandes psychosociales',
      hint: 'Nombre de demandes informelles et formelles auprès de la personne de confiance et du conseiller en prévention.',
    },
    turnover: {
      label: 'Rotation du personnel',
      hint: 'Part du personnel qui quitte l’organisation de sa propre initiative, par an.',
    },
    'action-participation': {
      label: 'Participation aux actions',
      hint: 'Nombre de participants par action, aussi en part du public visé.',
    },
    'action-satisfaction': {
      label: 'Satisfaction à l’égard des actions',
      hint: 'Score moyen donné par les participants après coup.',
    },
    'focus-groups': {
      label: 'Groupes de discussion',
      hint: 'Échanges en petits groupes sur ce qui fonctionne ou non.',
    },
    interviews: {
      label: 'Entretiens',
      hint: 'Entretiens individuels avec des membres du personnel, des responsables ou des partenaires.',
    },
    custom: { label: 'Indicateur propre' },
  },
});

export const frequencyLabels: Localised<CodeLabels<Frequency>> = typesetFrench({
  nl: {
    monthly: { label: 'Maandelijks' },
    quarterly: { label: 'Per kwartaal' },
    'half-yearly': { label: 'Halfjaarlijks' },
    yearly: { label: 'Jaarlijks' },
    'two-yearly': { label: 'Om de twee jaar' },
    'five-yearly': { label: 'Om de vijf jaar' },
    once: { label: 'Eenmalig' },
  },
  fr: {
    monthly: { label: 'Mensuelle' },
    quarterly: { label: 'Trimestrielle' },
    'half-yearly': { label: 'Semestrielle' },
    yearly: { label: 'Annuelle' },
    'two-yearly': { label: 'Tous les deux ans' },
    'five-yearly': { label: 'Tous les cinq ans' },
    once: { label: 'Ponctuelle' },
  },
});

export const pdcaPhaseLabels: Localised<CodeLabels<Phase>> = typesetFrench({
  nl: {
    plan: { label: 'Plan', hint: 'Doelen en acties vastleggen.' },
    do: { label: 'Do', hint: 'De acties uitvoeren.' },
    check: { label: 'Check', hint: 'Cijfers en ervaringen evalueren.' },
    act: { label: 'Act', hint: 'Het plan bijsturen.' },
  },
  fr: {
    plan: { label: 'Planifier', hint: 'Fixer les objectifs et les actions.' },
    do: { label: 'Réaliser', hint: 'Mettre les actions en œuvre.' },
    check: { label: 'Vérifier', hint: 'Examiner les chiffres et les retours.' },
    act: { label: 'Ajuster', hint: 'Adapter le plan.' },
  },
});

/** Where the figures of a catalogue indicator usually come from: prefilled, editable. */
export const indicatorSourceLabels: Localised<Record<CatalogueCode, string>> = typesetFrench({
  nl: {
    'absence-percentage': 'Personeelsadministratie (afwezigheidsregistratie)',
    'absence-frequency': 'Personeelsadministratie (afwezigheidsregistratie)',
    'absence-duration': 'Personeelsadministratie (afwezigheidsregistratie)',
    'long-term-absence': 'Personeelsadministratie en re-integratiemedewerker',
    'return-to-work': 'Re-integratiemedewerker en arbeidsarts',
    'staff-survey-wellbeing': 'Personeelspeiling',
    'staff-survey-engagement': 'Personeelspeiling',
    'workable-work': 'Werkbaarheidsmeting of personeelspeiling',
    'psychosocial-requests':
      'Jaarverslag van de interne dienst voor preventie en bescherming (deel psychosociale aspecten), met de bijdrage van de externe dienst',
    turnover: 'Personeelsadministratie (uitstroom)',
    'action-participation': 'Inschrijvingen en aanwezigheidslijsten',
    'action-satisfaction': 'Korte bevraging na elke actie',
    'focus-groups': 'Verslagen van de focusgroepen',
    interviews: 'Gespreksnotities',
  },
  fr: {
    'absence-percentage': 'Administration du personnel (enregistrement des absences)',
    'absence-frequency': 'Administration du personnel (enregistrement des absences)',
    'absence-duration': 'Administration du personnel (enregistrement des absences)',
    'long-term-absence': 'Administration du personnel et responsable de la réintégration',
    'return-to-work': 'Responsable de la réintégration et médecin du travail',
    'staff-survey-wellbeing': 'Enquête auprès du personnel',
    'staff-survey-engagement': 'Enquête auprès du personnel',
    'workable-work': 'Mesure du travail faisable ou enquête auprès du personnel',
    'psychosocial-requests':
      'Rapport annuel du service interne pour la prévention et la protection au travail (partie aspects psychosociaux), avec l’apport du service externe',
    turnover: 'Administration du personnel (départs)',
    'action-participation': 'Inscriptions et listes de présence',
    'action-satisfaction': 'Courte évaluation après chaque action',
    'focus-groups': 'Comptes rendus des groupes de discussion',
    interviews: 'Notes d’entretien',
  },
});

/** Headings of the catalogue’s groups in the picker. */
export const catalogueGroupLabels: Localised<CodeLabels<CatalogueGroup>> = typesetFrench({
  nl: {
    absence: { label: 'Ziekteafwezigheid (Vlaamse definities)' },
    survey: { label: 'Personeelsbevraging' },
    'hr-data': { label: 'Andere personeelsgegevens' },
    actions: { label: 'Deelname en tevredenheid over acties' },
    qualitative: { label: 'Kwalitatieve methoden' },
  },
  fr: {
    absence: {
      label:
        'Absentéisme pour maladie (définitions de l’Autorité flamande ; alignez-les sur celles de votre organisation)',
    },
    survey: { label: 'Enquête auprès du personnel' },
    'hr-data': { label: 'Autres données du personnel' },
    actions: { label: 'Participation et satisfaction à l’égard des actions' },
    qualitative: { label: 'Méthodes qualitatives' },
  },
});

/**
 * The legal cycle (lib/pdca.ts): label and what it asks; `title` and
 * `participants` prefill the review moment added from it.
 */
export const legalMomentLabels: Localised<
  Record<LegalMoment, { label: string; hint: string; title: string; participants: string }>
> = typesetFrench({
  nl: {
    'risk-analysis': {
      label: 'Risicoanalyse psychosociale risico’s',
      hint: 'Geen wettelijke termijn; in de Vlaamse overheid om de vijf jaar, met de preventieadviseur psychosociale aspecten. Ze voedt het globaal preventieplan.',
      title: 'Nieuwe risicoanalyse psychosociale risico’s',
      participants: 'Preventieadviseur psychosociale aspecten, HR, CPBW',
    },
    'prevention-plan': {
      label: 'Globaal preventieplan (vijf jaar)',
      hint: 'Een plan voor vijf jaar, opgesteld op basis van de risicoanalyse en vooraf voor advies voorgelegd aan het CPBW of basisoverlegcomité.',
      title: 'Nieuw globaal preventieplan',
      participants: 'Directie, preventieadviseur, HR, CPBW (advies)',
    },
    'psychosocial-evaluation': {
      label: 'Jaarlijkse evaluatie van de psychosociale preventiemaatregelen',
      hint: 'Minstens elk jaar (Codex art. I.3-6), op basis van de verzoeken tot psychosociale interventie, de verslagen van de preventieadviseur-arbeidsarts, het register van feiten door derden en de psychosociale gegevens in het jaarverslag van de interne dienst voor preventie en bescherming.',
      title: 'Psychosociale preventiemaatregelen evalueren',
      participants: 'Preventieadviseur psychosociale aspecten, HR, interne dienst voor preventie en bescherming, CPBW',
    },
    'annual-action-plan': {
      label: 'Jaaractieplan',
      hint: 'Elk jaar uiterlijk op 1 november voor advies voorgelegd aan het CPBW of basisoverlegcomité (zonder comité: de vakbondsafvaardiging of de werknemers zelf), voor het dienstjaar dat op 1 januari begint.',
      title: 'Jaaractieplan voor advies voorleggen aan het CPBW',
      participants: 'Directie, HR, preventieadviseur, CPBW (advies)',
    },
  },
  fr: {
    'risk-analysis': {
      label: 'Analyse des risques psychosociaux',
      hint: 'Pas de délai légal ; tous les cinq ans à l’Autorité flamande, avec le conseiller en prévention aspects psychosociaux. Elle nourrit le plan global de prévention.',
      title: 'Nouvelle analyse des risques psychosociaux',
      participants: 'Conseiller en prévention aspects psychosociaux, RH, CPPT',
    },
    'prevention-plan': {
      label: 'Plan global de prévention (cinq ans)',
      hint: 'Un plan sur cinq ans, établi à partir de l’analyse des risques et soumis au préalable pour avis au CPPT ou au comité de concertation de base.',
      title: 'Nouveau plan global de prévention',
      participants: 'Direction, conseiller en prévention, RH, CPPT (avis)',
    },
    'psychosocial-evaluation': {
      label: 'Évaluation annuelle des mesures de prévention psychosociales',
      hint: 'Au moins une fois par an (code, art. I.3-6), à partir des demandes d’intervention psychosociale, des rapports du conseiller en prévention-médecin du travail, du registre des faits de tiers et des données psychosociales du rapport annuel du service interne pour la prévention et la protection au travail.',
      title: 'Évaluer les mesures de prévention psychosociales',
      participants:
        'Conseiller en prévention aspects psychosociaux, RH, service interne pour la prévention et la protection au travail, CPPT',
    },
    'annual-action-plan': {
      label: 'Plan d’action annuel',
      hint: 'Chaque année, soumis pour avis au CPPT ou au comité de concertation de base au plus tard le 1er novembre (sans comité : à la délégation syndicale ou aux travailleurs eux-mêmes), pour l’exercice qui commence le 1er janvier.',
      title: 'Soumettre le plan d’action annuel pour avis au CPPT',
      participants: 'Direction, RH, conseiller en prévention, CPPT (avis)',
    },
  },
});
