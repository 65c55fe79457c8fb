import type { Localised } from './types';

/**
 * One word per concept, in each language: the term the app uses for a concept
 * of wellbeing policy, where that term comes from, and the variants that must
 * not appear in messages/ or content/ (glossary.test.ts fails on any of them).
 * Variants are regular expressions, matched case-insensitively unless they
 * carry their own flags.
 */
export interface GlossaryEntry {
  /** English id of the concept. */
  concept: string;
  term: Localised<string>;
  /** The legal or official source of the term. */
  source: Localised<string>;
  /** Wrong or competing words for the concept, per language. */
  avoid: Partial<Record<keyof Localised<string>, readonly RegExp[]>>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'wellbeing-act',
    term: {
      nl: 'Wet van 4 augustus 1996 betreffende het welzijn van de werknemers bij de uitvoering van hun werk (Welzijnswet)',
      fr: 'loi du 4 août 1996 relative au bien-être des travailleurs lors de l’exécution de leur travail (loi sur le bien-être)',
    },
    source: { nl: 'Belgisch Staatsblad, 18 september 1996', fr: 'Moniteur belge, 18 septembre 1996' },
    avoid: {},
  },
  {
    concept: 'code',
    term: { nl: 'Codex over het welzijn op het werk', fr: 'code du bien-être au travail' },
    source: {
      nl: 'Codex over het welzijn op het werk (2017), boek I, titels 2 en 3',
      fr: 'code du bien-être au travail (2017), livre Ier, titres 2 et 3',
    },
    avoid: { nl: [/welzijnscodex/i], fr: [/code du bien-être sur le travail/i] },
  },
  {
    concept: 'psychosocial-risk-analysis',
    term: { nl: 'risicoanalyse psychosociale risico’s', fr: 'analyse des risques psychosociaux' },
    source: { nl: 'Codex, art. I.3-1', fr: 'code, art. I.3-1' },
    avoid: {
      nl: [/psychosociale risicoanalyse/i, /risicoanalyse psychosociale aspecten/i],
      fr: [/analyse psychosociale des risques/i],
    },
  },
  {
    concept: 'prevention-plan',
    term: { nl: 'globaal preventieplan', fr: 'plan global de prévention' },
    source: { nl: 'Codex, art. I.2-8', fr: 'code, art. I.2-8' },
    avoid: { nl: [/globaal preventiebeleidsplan/i], fr: [/plan de prévention global/i] },
  },
  {
    concept: 'annual-action-plan',
    term: { nl: 'jaaractieplan', fr: 'plan d’action annuel' },
    source: { nl: 'Codex, art. I.2-9', fr: 'code, art. I.2-9' },
    avoid: { nl: [/jaarlijks actieplan/i], fr: [/plan annuel d[’']action/i] },
  },
  {
    concept: 'occupational-physician',
    term: {
      nl: 'arbeidsarts (preventieadviseur-arbeidsarts)',
      fr: 'médecin du travail (conseiller en prévention-médecin du travail)',
    },
    source: { nl: 'Codex, boek I, titel 4, art. I.4-4', fr: 'code, livre Ier, titre 4, art. I.4-4' },
    avoid: { nl: [/arbeidsgeneesheer/i, /bedrijfsarts/i] },
  },
  {
    concept: 'psychosocial-prevention-adviser',
    term: { nl: 'preventieadviseur psychosociale aspecten', fr: 'conseiller en prévention aspects psychosociaux' },
    source: { nl: 'Codex, art. I.3-1 en boek II, titel 1', fr: 'code, art. I.3-1 et livre II, titre 1er' },
    avoid: {
      nl: [/preventieadviseur psychosociaal welzijn/i],
      fr: [/conseiller en prévention psychosocial\b/i, /conseiller psychosocial/i],
    },
  },
  {
    concept: 'prevention-committee',
    term: {
      nl: 'Comité voor preventie en bescherming op het werk (CPBW); in de overheid het basisoverlegcomité',
      fr: 'Comité pour la prévention et la protection au travail (CPPT) ; dans le secteur public, le comité de concertation de base',
    },
    source: {
      nl: 'Welzijnswet, art. 49; wet van 19 december 1974 (syndicaal statuut)',
      fr: 'loi sur le bien-être, art. 49 ; loi du 19 décembre 1974 (statut syndical)',
    },
    avoid: { nl: [/Comité voor preventie en bescherming \(/], fr: [/Comité pour la prévention et la protection \(/] },
  },
  {
    concept: 'framework-agreement',
    term: { nl: 'raamovereenkomst', fr: 'accord-cadre' },
    source: {
      nl: 'Wet van 17 juni 2016 inzake overheidsopdrachten, art. 2, 35°',
      fr: 'loi du 17 juin 2016 relative aux marchés publics, art. 2, 35°',
    },
    avoid: { nl: [/raamcontract/i], fr: [/march[ée]s?-cadres?/i, /contrats?-cadres?/i] },
  },
  {
    concept: 'return-to-work-officer',
    term: { nl: 're-integratiemedewerker', fr: 'responsable de la réintégration' },
    source: {
      nl: 'Vlaamse overheid, re-integratiebeleid (Agentschap Overheidspersoneel)',
      fr: 'Autorité flamande, politique de réintégration (Agentschap Overheidspersoneel)',
    },
    avoid: { nl: [/terug-naar-werk-coördinator/i, /\breintegratie/i] },
  },
  {
    concept: 'absence-percentage',
    term: { nl: 'ziekteafwezigheidspercentage', fr: 'taux d’absentéisme pour maladie' },
    source: {
      nl: 'Vlaamse overheid, rapporteringsdefinities ziekteafwezigheid',
      fr: 'Autorité flamande, définitions de rapportage de l’absence pour maladie',
    },
    avoid: { nl: [/ziekteverzuim \(%\)/i, /ziekteverzuimpercentage/i], fr: [/taux d'absentéisme/i] },
  },
  {
    concept: 'absence-frequency',
    term: {
      nl: 'meldingsfrequentie: aantal nieuwe ziekteperiodes per VTE per jaar',
      fr: 'fréquence des absences : nombre de nouvelles périodes de maladie par ETP et par an',
    },
    source: {
      nl: 'Vlaamse overheid, rapporteringsdefinities ziekteafwezigheid',
      fr: 'Autorité flamande, définitions de rapportage de l’absence pour maladie',
    },
    avoid: {
      nl: [/ziekteperiodes per (medewerker|personeelslid)/i],
      fr: [/périodes (de maladie|d[’']absence)[^.]{0,20}par (agent|membre du personnel|travailleur)/i],
    },
  },
  {
    concept: 'action-owner',
    term: { nl: 'eigenaar', fr: 'responsable' },
    source: { nl: 'Welzijnskompas, stap 6', fr: 'Welzijnskompas, étape 6' },
    avoid: { nl: [/\btrekker\b/i] },
  },
  {
    concept: 'raci-accountable',
    term: { nl: 'A – Eindverantwoordelijk', fr: 'A – Approuve (responsable final)' },
    source: { nl: 'RACI-matrix', fr: 'matrice RACI' },
    avoid: { fr: [/rend(ent)? compte/i] },
  },
  {
    concept: 'time-and-place-independent-work',
    term: {
      nl: 'plaats- en tijdsonafhankelijk werken',
      fr: 'travail flexible dans le temps et dans l’espace',
    },
    source: {
      nl: 'Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016), bouwsteen 9',
      fr: 'Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016), pilier 9',
    },
    avoid: { fr: [/travail indépendant/i] },
  },
  {
    concept: 'new-ways-of-working',
    term: { nl: 'het nieuwe werken', fr: 'nouvelles façons de travailler' },
    source: {
      nl: 'Vijf hefbomen van welzijn (Vlerick Business School)',
      fr: 'Cinq leviers du bien-être (Vlerick Business School)',
    },
    avoid: { fr: [/nouvelles manières de travailler/i] },
  },
  {
    concept: 'job-crafting',
    term: { nl: 'jobcrafting', fr: 'job crafting' },
    source: {
      nl: 'Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016), bouwsteen 9',
      fr: 'Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016), pilier 9',
    },
    avoid: { nl: [/job crafting/i] },
  },
  {
    concept: 'flemish-action-plan',
    term: {
      nl: 'Actieplan werkgerelateerde stress en burn-out, Vlaamse overheid (2016)',
      fr: 'Plan d’action sur le stress lié au travail et le burn-out, Autorité flamande (2016)',
    },
    source: { nl: 'Vlaamse Regering, 2016', fr: 'Gouvernement flamand, 2016' },
    avoid: { nl: [/Vlaams actieplan werkstress/i], fr: [/Plan d[’']action flamand sur le stress au travail/i] },
  },
  {
    concept: 'draft',
    term: { nl: 'ontwerp', fr: 'projet' },
    source: { nl: 'Welzijnskompas', fr: 'Welzijnskompas' },
    avoid: { fr: [/brouillon/i] },
  },
  {
    concept: 'hr-prefix',
    term: { nl: 'HR- (HR-strategie, HR-collega)', fr: 'RH' },
    source: { nl: 'Woordenlijst, samenstellingen met afkortingen', fr: '—' },
    avoid: { nl: [/(^|[^\p{L}])hr-/u] },
  },
  {
    concept: 'dutch-quotes',
    term: { nl: '“…” (one quote style)', fr: '« … »' },
    source: { nl: 'Huisstijl', fr: 'Typographie française' },
    avoid: { nl: [/„/, /‘/], fr: [/„/, /“/] },
  },
  {
    concept: 'french-apostrophe',
    term: { nl: '’', fr: '’ (typographic apostrophe)' },
    source: { nl: 'Huisstijl', fr: 'Typographie française' },
    avoid: { fr: [/\p{L}'\p{L}/u] },
  },
];
