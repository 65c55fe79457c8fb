import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const toBeContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je beschrijft waar je naartoe wilt: welke resultaten je nastreeft, met welke strategische doelstellingen en langs welke weg. Een korte slogan vat het beleid samen.',
      'Het spiegeldocument zet per hefboom de huidige situatie naast de gewenste, zodat je ziet waar je acties moeten landen.',
    ],
    guidance: [
      {
        heading: 'Van ambitie naar doelstellingen',
        paragraphs: [
          'Vertaal je waarom en je inventaris naar drie tot vijf strategische doelstellingen. Beschrijf ze als resultaat voor mensen, zoals “medewerkers ervaren een haalbare werkdruk”, niet als activiteit.',
          'Denk op het niveau van organisatie, team en individu. Verlicht taakeisen zoals werkdruk en onduidelijke rollen, en versterk hulpbronnen zoals autonomie, feedback en steun van collega’s. Kies hulpbronnen die de belangrijkste taakeis echt bufferen: werkdruk vraagt vooral meer autonomie. Preventie is een gedeelde verantwoordelijkheid van werkgever en medewerker.',
          'Geef elke doelstelling een korte naam en vink de hefbomen aan waarop ze werkt. In het actieplan en bij de indicatoren kies je later uit deze namen; een naam wijzigen kan altijd, de koppelingen blijven.',
        ],
      },
      {
        heading: 'Werk het spiegeldocument samen uit',
        paragraphs: [
          'Per hefboom zie je links wat er vandaag is: het belang dat je bij het waarom gaf en de initiatieven uit je inventaris van de huidige situatie. Neem die lijst met één knop over als vertrekpunt en vul aan met wat je op de werkvloer hoort; wat je zelf schreef, blijft altijd staan. Rechts beschrijf je hoe het er over drie tot vijf jaar uitziet.',
          'Een hefboom die nog een kant mist, staat in het overzicht als “nog in te vullen”. Kies je bewust om een hefboom nu niet op te nemen, vink dat aan en schrijf waarom: zo blijft die keuze zichtbaar in het beleidsplan.',
          'Maak het document samen. Leg een eerste versie voor aan de stuurgroep, het CPBW of het basisoverlegcomité en een groep medewerkers: herkennen ze het vertrekpunt, en vinden ze het doel geloofwaardig? De domeinen van levenskwaliteit op het werk uit de aanpak van talent.brussels (inhoud van het werk, gezondheid, competenties en loopbaan, gelijke kansen, management en betrokkenheid, sociaal klimaat) helpen om niets te vergeten.',
        ],
      },
      {
        heading: 'Kies een slogan die blijft hangen',
        paragraphs: [
          'Een goede slogan is kort, past bij de cultuur en belooft niets wat je niet kunt waarmaken. De teller onder het veld toont hoe dicht je bij de richtlijn zit; langer mag, maar korter blijft beter hangen.',
          'Laat medewerkers voorstellen doen en een kleine groep kiezen; dat bouwt meteen draagvlak.',
        ],
      },
    ],
    tips: [
      'Vermijd streefcijfers die je niet kunt uitleggen; vergelijk liever met het gemiddelde van de bredere organisatie.',
      'Toets elke doelstelling op diversiteit: geldt ze voor alle groepen medewerkers, ook wie niet digitaal werkt?',
      'Schrijf “morgen” zo concreet dat een medewerker kan zeggen of het gelukt is.',
      'Test de slogan bij collega’s buiten HR.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap koos drie doelstellingen: beheersbare werkdruk in de buitenploegen, leidinggevenden die sterker coachen, en tegen eind 2028 een verzuim op het gemiddelde van de Vlaamse overheid.',
        'Bij werk-privébalans staat links “een gezondheidsweek die vooral kantoorpersoneel bereikt” en rechts “een gezondheidsaanbod het hele jaar door, ook in de parken”. Het nieuwe werken liet het agentschap bewust weg tot na de fusie. Uit twintig voorstellen van medewerkers kwam de slogan “Zorg voor groen, zorg voor elkaar”.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous décrivez la situation visée : les résultats recherchés, les objectifs stratégiques et le chemin pour y arriver. Un slogan court résume la politique.',
      'Le document miroir place, pour chaque levier, l’état des lieux en regard de la situation souhaitée, pour montrer où vos actions doivent porter.',
    ],
    guidance: [
      {
        heading: 'De l’ambition aux objectifs',
        paragraphs: [
          'Traduisez votre « pourquoi » et votre état des lieux en trois à cinq objectifs stratégiques. Formulez-les comme un résultat pour les personnes, par exemple « les agents jugent leur charge de travail tenable », et non comme une activité.',
          'Pensez organisation, équipe et individu. Allégez les exigences (charge, rôles flous) et renforcez les ressources qui donnent de l’énergie (autonomie, retour sur le travail, soutien des collègues). Choisissez des ressources qui compensent vraiment l’exigence principale : la charge de travail appelle surtout plus d’autonomie. La prévention est une responsabilité partagée entre l’employeur et le membre du personnel.',
          'Donnez à chaque objectif un nom court et cochez les leviers sur lesquels il agit. Le plan d’action et les indicateurs y feront référence par ce nom ; vous pouvez le modifier à tout moment sans perdre les liens.',
        ],
      },
      {
        heading: 'Construire le document miroir à plusieurs',
        paragraphs: [
          'Pour chaque levier, la colonne Aujourd’hui rappelle l’importance donnée au levier à l’étape « Pourquoi » et les initiatives de votre état des lieux. Un bouton reprend cette liste comme point de départ ; complétez-la avec ce que vous entendez sur le terrain. Ce que vous avez écrit n’est jamais remplacé. La colonne Demain décrit la situation visée dans trois à cinq ans.',
          'Un levier dont une colonne est vide apparaît « à compléter » dans le tableau de synthèse. Si vous décidez de laisser un levier de côté pour l’instant, cochez-le et expliquez pourquoi : ce choix restera visible dans le plan.',
          'Les domaines de la qualité de vie au travail de la démarche de talent.brussels (contenu du travail, santé, compétences, égalité professionnelle, management, climat social) aident à ne rien oublier. Soumettez le document au comité de pilotage, au CPPT ou au comité de concertation de base et à un groupe d’agents avant de le figer.',
        ],
      },
      {
        heading: 'Trouver un slogan qui marque',
        paragraphs: [
          'Un bon slogan est court, fidèle à la culture de la maison et ne promet rien d’irréaliste. Le compteur sous le champ indique où vous en êtes par rapport au repère ; plus long est permis, mais plus court se retient mieux.',
          'Faites appel aux propositions du personnel et laissez un petit groupe choisir : l’adhésion commence là.',
        ],
      },
    ],
    tips: [
      'Évitez les cibles chiffrées injustifiables ; comparez-vous plutôt à la moyenne de l’ensemble de l’organisation.',
      'Vérifiez que chaque objectif concerne tous les groupes d’agents, y compris ceux qui travaillent peu sur écran.',
      'Rédigez « demain » assez concrètement pour qu’un agent puisse dire si c’est atteint.',
      'Testez le slogan auprès de collègues extérieurs aux RH.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'Trois objectifs ont été retenus : mieux protéger le centre de contact face à l’agressivité, renforcer le rôle d’accompagnement des responsables, et ramener d’ici fin 2028 l’absentéisme à la moyenne de la fonction publique régionale bruxelloise.',
        'Pour l’équilibre vie professionnelle – vie privée, le document miroir oppose « une journée sportive qui touche surtout le personnel de bureau » à « une offre santé toute l’année, accessible aussi aux équipes de nuit ». Parmi une quinzaine de propositions, le slogan « Bien au travail, on avance mieux » a été choisi.',
      ],
    },
  },
});
