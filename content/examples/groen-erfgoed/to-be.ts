import type { ExampleStep } from '../build';
import type { Helpers } from './helpers';

export const toBe = ({ id }: Helpers): ExampleStep<'to-be'> => ({
  results:
    'Over twee jaar ervaren de buitenploegen hun werkdruk als beheersbaar, ook in de seizoenspieken. Leidinggevenden zien coachen als deel van hun job en bespreken werkdruk elk kwartaal met hun team. Het verzuim daalt richting het gemiddelde van de Vlaamse overheid.',
  objectives: [
    {
      uid: id('so-workload'),
      name: 'Beheersbare werkdruk in de buitenploegen',
      description: 'Seizoenspieken worden gepland en fysieke belasting verminderd.',
      levers: ['work-life-balance', 'meaningful-work'],
    },
    {
      uid: id('so-leadership'),
      name: 'Leidinggevenden die coachen',
      description: 'Elke leidinggevende kent en neemt de rol van coach en leider op.',
      levers: ['leadership', 'employability'],
    },
    {
      uid: id('so-absence'),
      name: 'Verzuim op het gemiddelde van de Vlaamse overheid tegen eind 2028',
      description: 'Minder en kortere afwezigheden, en een vlotte terugkeer na lange ziekte.',
      levers: ['work-life-balance', 'employability'],
    },
  ],
  slogan: 'Zorg voor groen, zorg voor elkaar',
  mirror: {
    employability: {
      today: 'Opleiding vooral technisch; re-integratie zonder vast draaiboek.',
      tomorrow: 'Jobcrafting in de buitenploegen en een vast terugkeertraject van HR, met de arbeidsarts als partner.',
    },
    leadership: {
      today: 'Ploegleiders zijn vakmensen zonder vorming in coachen; het planningsgesprek is een formaliteit.',
      tomorrow: 'Alle leidinggevenden gevormd in coachen en een kwartaalgesprek over werkdruk in elk team.',
    },
    'meaningful-work': {
      today: 'Sterke band met het erfgoed, maar weinig zicht op elkaars werk tussen kantoor en veld.',
      tomorrow: 'Buitenploegen denken mee over de planning van hun domein en zien wat hun werk oplevert.',
    },
    'work-life-balance': {
      today: 'Een gezondheidsweek die vooral kantoorpersoneel bereikt.',
      tomorrow:
        'Een gezondheidsaanbod het hele jaar door, ook in de parken, en seizoenspieken die vooraf gepland zijn.',
    },
    'new-ways-of-working': {
      today: 'Telewerkafspraken voor kantoorpersoneel.',
      tomorrow: '',
      leftOut: true,
      leftOutReason: 'De kantoren fuseren in 2028; we herbekijken plaats- en tijdsonafhankelijk werken daarna.',
    },
  },
  notes: 'De slogan kwam uit twintig voorstellen van medewerkers.',
});

export const resources = ({ id }: Helpers): ExampleStep<'resources'> => ({
  budgetLines: [
    {
      uid: id('bl-monitoring'),
      category: 'external-provider',
      description: 'Teammonitoring via de raamovereenkomst psychosociaal welzijn (perceel monitoring)',
      amount: 12000,
      year: 2027,
    },
    {
      uid: id('bl-leadership'),
      category: 'training',
      description: 'Traject coachend leidinggeven',
      amount: 18000,
      year: 2027,
    },
    {
      uid: id('bl-crafting'),
      category: 'training',
      description: 'Workshops jobcrafting voor de buitenploegen',
      amount: 6000,
      year: 2027,
    },
    {
      uid: id('bl-health'),
      category: 'other',
      description: 'Gezondheidsaanbod het hele jaar door',
      amount: 5000,
      year: 2028,
    },
    {
      uid: id('bl-communication'),
      category: 'communication',
      description: 'Campagne en materiaal voor ambassadeurs',
      amount: 3000,
      year: 2027,
    },
    {
      uid: id('bl-barometer'),
      category: 'tools',
      description: 'Welzijnsbarometer (bevragingstool)',
      amount: 4000,
      year: 2028,
    },
  ],
  staffTime: [
    { uid: id('st-coordinator'), role: 'Coördinatie welzijnsbeleid (HR)', fte: 0.5 },
    { uid: id('st-ambassadors'), role: 'Acht ambassadeurs, vier uur per maand', fte: 0.2 },
    { uid: id('st-managers'), role: 'Leidinggevenden: kwartaalgesprekken en vorming', fte: 0.6 },
  ],
  expertise: [
    { uid: id('ex-prevention'), description: 'Preventieadviseur psychosociale aspecten', source: 'external' },
    {
      uid: id('ex-coaching'),
      description: 'Veerkrachtcoaches uit de interne pool van de Vlaamse overheid (kosteloos)',
      source: 'internal',
    },
    { uid: id('ex-hr'), description: 'Opleidingsaanbod en re-integratie (HR)', source: 'internal' },
  ],
  roi: {
    staffFte: 385,
    workingDaysPerFte: 200,
    absencePercentage: null,
    psychosocialShare: 25,
    dayCost: 300,
    yearlyWageCost: null,
    reduction: { cautious: 10, middle: 20, optimistic: 30 },
    scenario: 'cautious',
  },
  boardText:
    'We vragen 48.000 euro werkingsbudget over 2027 en 2028 (39.000 euro in 2027, 9.000 euro in 2028) en 1,3 VTE interne tijd: 0,5 VTE coördinatie bij HR, 0,2 VTE voor de ambassadeurs en 0,6 VTE van de leidinggevenden. Ons verzuim kost vandaag zo’n 5.240 werkdagen per jaar, waarvan ongeveer een kwart een psychosociale oorzaak heeft. In het voorzichtige scenario (10 % minder psychosociaal verzuim) besparen we zo’n 131 dagen of 39.270 euro per jaar: daarmee is het werkingsbudget na ongeveer 1,2 jaar terugverdiend. De interne tijd kost zelf zo’n 78.000 euro per jaar; tellen we die mee, dan verdient het plan zich niet terug op verzuim alleen. We vragen het budget daarom vooral voor werkbaar werk en het behoud van vakmensen. Onderzoek toont soms grotere effecten, maar we rekenen er niet op. We evalueren na een jaar.',
});
