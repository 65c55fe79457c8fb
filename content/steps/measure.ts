import type { Localised, StepContent } from '../types';

export const measureContent: Localised<StepContent> = {
  nl: {
    purpose: [
      'Je legt vast hoe je opvolgt of het beleid werkt: welke gegevens, op welk niveau en hoe vaak, in een PDCA-cyclus van plannen, uitvoeren, checken en bijsturen.',
      'Meten heeft pas zin als het tot actie leidt. Wat je hier leert, voedt volgend jaar de inventaris van stap 2.',
    ],
    guidance: [
      {
        heading: 'Combineer cijfers en verhalen',
        paragraphs: [
          'Volg verzuimpercentage, meldingsfrequentie en gemiddelde ziekteduur, samen met de personeelspeiling. Vul dat aan met focusgroepen en signalen van ambassadeurs: cijfers tonen wat verandert, gesprekken vertellen waarom.',
          'Rapporteer per dienst, team of entiteit, nooit over individuele medewerkers in een dashboard, en met een minimale groepsgrootte zodat niemand herkenbaar wordt.',
        ],
      },
      {
        heading: 'Vergelijk in plaats van normen op te leggen',
        paragraphs: [
          'Een standaardstreefcijfer bestaat niet: grootte, personeelsmix en sector wegen zwaar door. Vergelijk met het gemiddelde van de bredere organisatie en met je eigen evolutie. Wil je toch een doel, kies en motiveer het dan zelf.',
        ],
      },
      {
        heading: 'Sluit aan bij de wettelijke cyclus',
        paragraphs: [
          'Stem je opvolging af op de risicoanalyse psychosociale risico’s (in de Vlaamse overheid om de vijf jaar), het vijfjarige globaal preventieplan en het jaaractieplan. Bespreek de resultaten jaarlijks met de directie en in het CPBW.',
        ],
      },
    ],
    tips: [
      'Kies een handvol indicatoren die je echt opvolgt.',
      'Zet de evaluatiemomenten nu al in de agenda van stuurgroep en CPBW.',
      'Koppel elk meetresultaat aan een concrete volgende stap.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap volgt het verzuim per kwartaal en per afdeling, nooit voor groepen onder tien personen, naast het gemiddelde van de Vlaamse overheid. Na een jaar zakte het van 6,8 naar 6,5 %, vooral in de pilotregio’s; of dat helemaal aan het beleid ligt, is niet zeker.',
        'Uit de focusgroepen bleek dat de kwartaalgesprekken werkten, maar dat de buitenploegen de veerkrachtcoaching nauwelijks kenden. Dat ging terug naar stap 2: het nieuwe jaaractieplan laat de ploegleiders de coaching bekendmaken.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous définissez comment suivre l’effet de la politique : quelles données, à quel niveau et à quel rythme, dans un cycle PDCA (planifier, réaliser, vérifier, ajuster).',
      'Mesurer n’a de sens que si cela mène à l’action. Vos constats nourrissent l’état des lieux de l’année suivante, à l’étape 2.',
    ],
    guidance: [
      {
        heading: 'Croiser chiffres et témoignages',
        paragraphs: [
          'Suivez le taux d’absentéisme pour maladie, la fréquence des absences et la durée moyenne d’absence, ainsi que les enquêtes auprès du personnel. Complétez par des groupes de discussion et les retours des ambassadeurs : les chiffres montrent ce qui change, les échanges expliquent pourquoi.',
          'Présentez les données par service, équipe ou entité, jamais au niveau d’un agent dans un tableau de bord, avec une taille minimale de groupe pour que personne ne soit identifiable.',
        ],
      },
      {
        heading: 'Comparer plutôt qu’imposer une norme',
        paragraphs: [
          'Aucune cible ne vaut partout : taille, composition du personnel et secteur pèsent lourd. Comparez-vous à la moyenne de l’ensemble de l’organisation et à votre propre évolution. Si vous fixez un objectif, choisissez-le et justifiez-le vous-même.',
        ],
      },
      {
        heading: 'S’aligner sur le cycle légal',
        paragraphs: [
          'Articulez le suivi avec l’analyse des risques psychosociaux (tous les cinq ans dans de nombreuses administrations), le plan global de prévention quinquennal et le plan d’action annuel. Discutez les résultats chaque année avec la direction et au CPPT.',
        ],
      },
    ],
    tips: [
      'Retenez une poignée d’indicateurs que vous suivrez vraiment.',
      'Inscrivez dès maintenant les évaluations à l’agenda du comité de pilotage et du CPPT.',
      'Associez chaque résultat à une prochaine étape concrète.',
    ],
    example: {
      title: 'Bruxelles Mobilité Services',
      paragraphs: [
        'L’institution suit l’absentéisme chaque trimestre par service, jamais pour moins de dix personnes, et le compare à la moyenne de la fonction publique régionale bruxelloise. En un an, il est passé de 6,5 à 6,2 %, surtout dans les équipes pilotes, sans que la politique en soit forcément la seule cause.',
        'Les groupes de discussion ont salué l’intervision, mais les équipes de nuit connaissaient mal le soutien psychosocial externe. Ce constat est revenu à l’étape 2 : le nouveau plan d’action annuel charge les chefs d’équipe de le faire connaître.',
      ],
    },
  },
};
