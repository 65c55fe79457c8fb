import type { Localised, StepContent } from '../types';

export const toBeContent: Localised<StepContent> = {
  nl: {
    purpose: [
      'Je beschrijft waar je naartoe wilt: welke resultaten je nastreeft, met welke strategische doelstellingen en langs welke weg. Een korte slogan vat het beleid samen.',
      'Het spiegeldocument zet de huidige situatie naast de gewenste, zodat je ziet waar je acties moeten landen.',
    ],
    guidance: [
      {
        heading: 'Van ambitie naar doelstellingen',
        paragraphs: [
          'Vertaal je waarom en je inventaris naar drie tot vijf strategische doelstellingen. Beschrijf ze als resultaat voor mensen, zoals “medewerkers ervaren een haalbare werkdruk”, niet als activiteit.',
          'Denk op het niveau van organisatie, team en individu. Verlicht taakeisen zoals werkdruk en onduidelijke rollen, en versterk energiebronnen zoals autonomie, feedback en steun van collega’s.',
        ],
      },
      {
        heading: 'Maak een spiegeldocument',
        paragraphs: [
          'Zet per thema in twee kolommen wat er vandaag is en wat je over drie jaar wilt zien. Leg het voor aan de stuurgroep, het CPBW en een groep medewerkers: herkennen ze het vertrekpunt en vinden ze het doel geloofwaardig?',
        ],
      },
      {
        heading: 'Kies een slogan die blijft hangen',
        paragraphs: [
          'Een goede slogan is kort, past bij de cultuur en belooft niets wat je niet kunt waarmaken. Laat medewerkers voorstellen doen; dat bouwt meteen draagvlak.',
        ],
      },
    ],
    tips: [
      'Vermijd streefcijfers die je niet kunt uitleggen; vergelijk liever met het gemiddelde van de bredere organisatie.',
      'Toets elke doelstelling op diversiteit: geldt ze voor alle groepen medewerkers?',
      'Test de slogan bij collega’s buiten HR.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap koos drie doelstellingen: beheersbare werkdruk in de buitenploegen, leidinggevenden die sterker coachen, en binnen drie jaar een verzuim op het gemiddelde van de Vlaamse overheid.',
        'In het spiegeldocument staat links “een gezondheidsweek die vooral kantoorpersoneel bereikt” en rechts “een gezondheidsaanbod het hele jaar door, ook in de parken”. Uit twintig voorstellen van medewerkers kwam de slogan “Zorg voor groen, zorg voor elkaar”.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous décrivez la situation visée : les résultats recherchés, les objectifs stratégiques et le chemin pour y arriver. Un slogan court résume la politique.',
      'Le document miroir place l’état des lieux en regard de la situation souhaitée, pour montrer où vos actions doivent porter.',
    ],
    guidance: [
      {
        heading: 'De l’ambition aux objectifs',
        paragraphs: [
          'Traduisez votre « pourquoi » et votre état des lieux en trois à cinq objectifs stratégiques. Formulez-les comme un résultat pour les personnes, par exemple « les agents jugent leur charge de travail tenable », et non comme une activité.',
          'Pensez organisation, équipe et individu. Allégez les exigences (charge, rôles flous) et renforcez les ressources qui donnent de l’énergie (autonomie, retour sur le travail, soutien des collègues).',
        ],
      },
      {
        heading: 'Construire le document miroir',
        paragraphs: [
          'Pour chaque thème, décrivez sur deux colonnes la situation actuelle et celle visée dans trois ans. Les domaines de la qualité de vie au travail (contenu du travail, santé, compétences, égalité professionnelle, management, climat social) aident à ne rien oublier. Soumettez le document au comité de pilotage, au CPPT et à un groupe d’agents.',
        ],
      },
      {
        heading: 'Trouver un slogan qui marque',
        paragraphs: [
          'Un bon slogan est court, fidèle à la culture de la maison et ne promet rien d’irréaliste. Faites appel aux propositions du personnel : l’adhésion commence là.',
        ],
      },
    ],
    tips: [
      'Évitez les cibles chiffrées injustifiables ; comparez-vous plutôt à la moyenne de l’ensemble de l’organisation.',
      'Vérifiez que chaque objectif concerne tous les groupes d’agents.',
      'Testez le slogan auprès de collègues extérieurs aux RH.',
    ],
    example: {
      title: 'Bruxelles Mobilité Services',
      paragraphs: [
        'Trois objectifs ont été retenus : mieux protéger le centre de contact face à l’agressivité, renforcer le rôle d’accompagnement des responsables, et ramener en trois ans l’absentéisme à la moyenne de la fonction publique régionale bruxelloise.',
        'Le document miroir oppose par exemple « une journée sportive qui touche surtout le personnel de bureau » à « une offre santé toute l’année, accessible aussi aux équipes de nuit ». Parmi une quinzaine de propositions, le slogan « Bien au travail, on avance mieux » a été choisi.',
      ],
    },
  },
};
