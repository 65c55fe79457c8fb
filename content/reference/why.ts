import type { DRIVERS, ORGANISATION_TYPES, RELEVANCE, SECTORS } from '@/lib/steps/why';
import type { CodeLabels, Localised } from '../types';
import { typesetFrench } from '@/lib/typography';

type OrganisationType = (typeof ORGANISATION_TYPES)[number];
type Sector = (typeof SECTORS)[number];
type Driver = (typeof DRIVERS)[number];
type Relevance = (typeof RELEVANCE)[number];

export const organisationTypeLabels: Localised<CodeLabels<OrganisationType>> = typesetFrench({
  nl: {
    'flemish-government': { label: 'Vlaamse overheid (departement of agentschap)' },
    'local-government': { label: 'Lokaal of provinciaal bestuur (gemeente, OCMW, provincie)' },
    'brussels-regional': { label: 'Brusselse gewestelijke instelling' },
    'federal-government': { label: 'Federale overheid' },
    'other-public': { label: 'Andere publieke organisatie' },
    'private-company': { label: 'Privébedrijf' },
    'non-profit': { label: 'Social profit of vzw' },
    other: { label: 'Andere' },
  },
  fr: {
    'flemish-government': { label: 'Autorité flamande (département ou agence)' },
    'local-government': { label: 'Pouvoir local ou provincial (commune, CPAS, province)' },
    'brussels-regional': { label: 'Organisme régional bruxellois' },
    'federal-government': { label: 'Autorité fédérale' },
    'other-public': { label: 'Autre organisation publique' },
    'private-company': { label: 'Entreprise privée' },
    'non-profit': { label: 'Non-marchand ou ASBL' },
    other: { label: 'Autre' },
  },
});

export const sectorLabels: Localised<CodeLabels<Sector>> = typesetFrench({
  nl: {
    'public-administration': { label: 'Openbaar bestuur' },
    education: { label: 'Onderwijs' },
    'health-care': { label: 'Gezondheidszorg' },
    welfare: { label: 'Welzijn en sociale dienstverlening' },
    industry: { label: 'Industrie en productie' },
    'business-services': { label: 'Zakelijke dienstverlening' },
    'retail-hospitality': { label: 'Handel en horeca' },
    'transport-logistics': { label: 'Transport en logistiek' },
    construction: { label: 'Bouw' },
    ict: { label: 'ICT' },
    finance: { label: 'Financiële sector' },
    culture: { label: 'Cultuur, sport en vrije tijd' },
    other: { label: 'Andere sector' },
  },
  fr: {
    'public-administration': { label: 'Administration publique' },
    education: { label: 'Enseignement' },
    'health-care': { label: 'Soins de santé' },
    welfare: { label: 'Action sociale et aide aux personnes' },
    industry: { label: 'Industrie et production' },
    'business-services': { label: 'Services aux entreprises' },
    'retail-hospitality': { label: 'Commerce et horeca' },
    'transport-logistics': { label: 'Transport et logistique' },
    construction: { label: 'Construction' },
    ict: { label: 'TIC' },
    finance: { label: 'Secteur financier' },
    culture: { label: 'Culture, sport et loisirs' },
    other: { label: 'Autre secteur' },
  },
});

export const driverLabels: Localised<CodeLabels<Driver>> = typesetFrench({
  nl: {
    'legal-duty': {
      label: 'Wettelijke plicht',
      hint: 'De Welzijnswet vraagt psychosociale risico’s, stress en burn-out te voorkomen en aan te pakken.',
    },
    absence: { label: 'Ziekteverzuim', hint: 'Het verzuim stijgt of ligt hoger dan in vergelijkbare organisaties.' },
    burnout: { label: 'Stress en burn-out voorkomen', hint: 'Signalen van overbelasting of langdurige uitval.' },
    retention: {
      label: 'Mensen aan boord houden',
      hint: 'Te veel mensen vertrekken, of net de mensen die je wil houden.',
    },
    attraction: { label: 'Aantrekkelijke werkgever zijn', hint: 'Vacatures raken moeilijk ingevuld.' },
    engagement: { label: 'Betrokkenheid en productiviteit', hint: 'Wie zich goed voelt, werkt met meer energie.' },
    change: { label: 'Verandering begeleiden', hint: 'Een reorganisatie, digitalisering of nieuwe manier van werken.' },
    'survey-findings': {
      label: 'Resultaten van een bevraging of risicoanalyse',
      hint: 'Een personeelspeiling of de risicoanalyse psychosociale risico’s wees op werkpunten.',
    },
    'workable-work': {
      label: 'Werkbaar werk en langere loopbanen',
      hint: 'Werk dat haalbaar blijft tot het einde van de loopbaan.',
    },
    diversity: { label: 'Diversiteit en inclusie', hint: 'Iedereen moet kunnen meedoen, ook wie minder digitaal is.' },
  },
  fr: {
    'legal-duty': {
      label: 'Obligation légale',
      hint: 'La loi sur le bien-être impose de prévenir et de traiter les risques psychosociaux, le stress et le burn-out.',
    },
    absence: {
      label: 'Absentéisme pour maladie',
      hint: 'Les absences augmentent ou dépassent celles d’organisations comparables.',
    },
    burnout: {
      label: 'Prévenir le stress et le burn-out',
      hint: 'Des signes de surcharge ou des absences de longue durée.',
    },
    retention: {
      label: 'Garder les membres du personnel',
      hint: 'Trop de départs, ou justement ceux des personnes à retenir.',
    },
    attraction: { label: 'Être un employeur attractif', hint: 'Les postes vacants sont difficiles à pourvoir.' },
    engagement: { label: 'Engagement et productivité', hint: 'Qui se sent bien travaille avec plus d’énergie.' },
    change: {
      label: 'Accompagner le changement',
      hint: 'Une réorganisation, la numérisation ou une nouvelle façon de travailler.',
    },
    'survey-findings': {
      label: 'Résultats d’une enquête ou d’une analyse des risques',
      hint: 'Une enquête auprès du personnel ou l’analyse des risques psychosociaux a révélé des points d’attention.',
    },
    'workable-work': {
      label: 'Travail faisable et carrières plus longues',
      hint: 'Un travail qui reste tenable jusqu’à la fin de la carrière.',
    },
    diversity: {
      label: 'Diversité et inclusion',
      hint: 'Chacun doit pouvoir participer, y compris les personnes moins à l’aise avec le numérique.',
    },
  },
});

export const relevanceLabels: Localised<CodeLabels<Relevance>> = typesetFrench({
  nl: {
    high: { label: 'Prioriteit' },
    medium: { label: 'Belangrijk' },
    low: { label: 'Minder belangrijk' },
    'not-now': { label: 'Bewust nu niet' },
  },
  fr: {
    high: { label: 'Prioritaire' },
    medium: { label: 'Important' },
    low: { label: 'Moins important' },
    'not-now': { label: 'Volontairement pas maintenant' },
  },
});
