import type { Localised, StepContent } from '../types';

export const resourcesContent: Localised<StepContent> = {
  nl: {
    purpose: [
      'Je maakt zichtbaar wat het beleid vraagt aan tijd, budget, VTE en expertise, en wat het kan opleveren. Dat is de basis voor het budgetgesprek met de directie.',
      'Een onderbouwde vraag helpt om middelen en een mandaat te krijgen en te behouden.',
    ],
    guidance: [
      {
        heading: 'Breng alle kosten in beeld',
        paragraphs: [
          'Tel naast externe facturen ook interne tijd: coördinatie door HR, uren van ambassadeurs en leidinggevenden, opleidingstijd. Kijk wat al gedekt is via raamcontracten of de externe dienst voor preventie en bescherming.',
        ],
      },
      {
        heading: 'Reken het terugverdieneffect voorzichtig',
        paragraphs: [
          'Vertrek van je eigen cijfers: VTE, verzuimpercentage en gemiddelde loonkost per dag. Onderzoek geeft bandbreedtes: 10 tot 30 % meer productiviteit, 25 tot 50 % minder verzuim, 1,5 tot 5 euro opbrengst per geïnvesteerde euro. Andere studies vonden nauwelijks effect, zeker van louter individuele maatregelen.',
          'Het zijn mogelijkheden, geen beloftes: neem een voorzichtig scenario als basis.',
        ],
      },
      {
        heading: 'Bereid het gesprek met de directie voor',
        paragraphs: [
          'Toon je formule en aannames, zodat de directie ze kan bevragen of vervangen. Verbind je vraag met het waarom uit stap 1 en de wettelijke preventieplicht, en toon wat niets doen kost.',
        ],
      },
    ],
    tips: [
      'Vervang elke aanname uit onderzoek door een eigen cijfer zodra je het hebt.',
      'Vermeld baten die je niet in euro kunt uitdrukken apart, zoals het behoud van vakmensen.',
      'Vraag eerst budget voor een pilot, niet meteen voor de hele organisatie.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap telt ongeveer 385 VTE. Bij 200 werkdagen per VTE en 6,8 % verzuim zijn dat zo’n 5.240 ziektedagen per jaar, ruim 26 VTE, waarvan ongeveer een kwart met een psychische oorzaak.',
        'Het voorzichtige scenario rekent met 0,3 procentpunt minder verzuim: circa 230 dagen of, aan 300 euro loonkost per dag, zo’n 69.000 euro. Daartegenover staan 48.000 euro werkingsbudget en 0,5 VTE extra coördinatie. Het eerste jaar verdient het plan zich dus niet volledig terug; de directie keurde het toch goed voor drie jaar, met een evaluatie na een jaar.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous explicitez le temps, le budget, les ETP et l’expertise nécessaires, et ce que la politique peut rapporter. C’est la base de la discussion budgétaire avec la direction.',
      'Une demande étayée aide à obtenir des moyens et un mandat, puis à les conserver.',
    ],
    guidance: [
      {
        heading: 'Chiffrer tous les coûts',
        paragraphs: [
          'Outre les factures externes, comptez le temps interne : coordination RH, heures des ambassadeurs et des responsables, formation. Vérifiez ce que couvrent déjà les marchés-cadres ou le SEPPT.',
        ],
      },
      {
        heading: 'Estimer le retour avec prudence',
        paragraphs: [
          'Partez de vos propres données : ETP, taux d’absentéisme et coût salarial moyen par jour. La recherche donne des fourchettes : 10 à 30 % de productivité en plus, 25 à 50 % d’absentéisme en moins, 1,5 à 5 euros récupérés par euro investi. D’autres études n’ont trouvé presque aucun effet, surtout pour les mesures purement individuelles.',
          'Ces chiffres ne sont pas des promesses : retenez un scénario prudent comme base.',
        ],
      },
      {
        heading: 'Préparer l’échange avec la direction',
        paragraphs: [
          'Montrez votre calcul et vos hypothèses pour que la direction puisse les discuter ou les remplacer. Reliez la demande au « pourquoi » de l’étape 1 et à l’obligation légale de prévention, et évoquez le coût de l’inaction.',
        ],
      },
    ],
    tips: [
      'Remplacez chaque hypothèse de la recherche par un chiffre propre dès que possible.',
      'Mentionnez à part les gains difficiles à chiffrer, comme la rétention des compétences.',
      'Demandez d’abord un budget pour un projet pilote plutôt que pour toute l’organisation.',
    ],
    example: {
      title: 'Bruxelles Mobilité Services',
      paragraphs: [
        'L’institution compte environ 290 ETP. Avec 200 jours de travail par ETP et 6,5 % d’absentéisme, cela fait quelque 3 770 jours de maladie par an, près de 19 ETP, dont environ un quart pour des raisons psychiques.',
        'Le scénario prudent table sur une baisse de 0,3 point : 174 jours, soit environ 48 700 euros à 280 euros par jour. En face : 30 000 euros de budget et 0,5 ETP de coordination aux RH. L’investissement n’est donc pas entièrement compensé la première année ; la direction l’a pourtant approuvé pour trois ans, avec une évaluation après un an.',
      ],
    },
  },
};
