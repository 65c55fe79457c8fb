import type { Localised, StepContent } from '../types';

export const rolesContent: Localised<StepContent> = {
  nl: {
    purpose: [
      'Je bepaalt wie het welzijnsbeleid draagt, wie meebeslist en wie je betrekt. Met een stakeholderkaart en een heldere rolverdeling wordt welzijn een zaak van de hele organisatie.',
      'Zonder eigenaars blijft een beleid op papier staan.',
    ],
    guidance: [
      {
        heading: 'Teken de stakeholderkaart',
        paragraphs: [
          'Zet alle betrokkenen op een kaart volgens invloed en belang: de leidend ambtenaar of directie, leidinggevenden, HR-businesspartners, de preventieadviseur psychosociale aspecten, de arbeidsgeneesheer, het CPBW en de vakbonden, de terug-naar-werk-coördinator, vertrouwenspersonen, communicatie, de medewerkers zelf en externe partners zoals de externe dienst voor preventie en bescherming.',
          'Betrek wie veel invloed heeft actief. Wie sterk geraakt wordt maar weinig invloed heeft, krijgt een stem via een bevraging of klankbordgroep.',
        ],
      },
      {
        heading: 'Verdeel rollen en verantwoordelijkheden',
        paragraphs: [
          'Leg per taak vast wie beslist, wie uitvoert, wie advies geeft en wie op de hoogte blijft. Leidinggevenden spelen een sleutelrol: ze zien signalen als eersten en combineren een coachende met een sturende rol.',
          'Zoek ambassadeurs onder het personeel, verspreid over diensten en locaties. Zij brengen het beleid naar de werkvloer en horen wat er leeft. Geef hen tijd en een duidelijk mandaat.',
        ],
      },
    ],
    tips: [
      'Vraag de directie om een sponsor die het beleid zichtbaar steunt.',
      'Betrek de vakbonden en het CPBW vroeg, niet pas wanneer het plan klaar is.',
      'Reserveer voor ambassadeurs een vast aantal uren per maand.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'De leidend ambtenaar werd sponsor. Een stuurgroep met HR, de preventieadviseur psychosociale aspecten, twee afdelingshoofden en een vakbondsafgevaardigde uit het basisoverlegcomité volgt het beleid op.',
        'Acht ambassadeurs, onder wie drie uit de buitenploegen, krijgen vier uur per maand voor hun rol. De 45 leidinggevenden voeren elk kwartaal een teamgesprek over werkdruk; HR levert daarvoor een draaiboek.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous déterminez qui porte la politique du bien-être, qui participe aux décisions et qui doit être associé. Une cartographie des parties prenantes et une répartition claire des rôles font du bien-être l’affaire de toute l’organisation.',
      'Sans responsables identifiés, une politique reste lettre morte.',
    ],
    guidance: [
      {
        heading: 'Cartographier les parties prenantes',
        paragraphs: [
          'Placez les acteurs sur une carte selon leur influence et leur intérêt : fonctionnaire dirigeant ou direction, responsables hiérarchiques, business partners RH, conseiller en prévention aspects psychosociaux, conseiller en prévention-médecin du travail, CPPT et organisations syndicales, coordinateur retour au travail, personnes de confiance, service communication, le personnel lui-même et des partenaires externes comme le SEPPT.',
          'Associez activement ceux qui ont beaucoup d’influence ; donnez la parole à ceux qui sont très concernés mais pèsent peu, via une enquête ou un groupe de résonance.',
        ],
      },
      {
        heading: 'Répartir rôles et responsabilités',
        paragraphs: [
          'Précisez pour chaque tâche qui décide, qui exécute, qui conseille et qui est informé. Les responsables hiérarchiques jouent un rôle clé : ils perçoivent les signaux en premier et doivent à la fois accompagner et diriger.',
          'Recrutez des ambassadeurs parmi le personnel, répartis entre services et sites. Ils rapprochent la politique du terrain et font remonter les préoccupations. Donnez-leur du temps et un mandat clair.',
        ],
      },
    ],
    tips: [
      'Demandez à la direction de désigner un sponsor qui soutient la démarche de façon visible.',
      'Associez les syndicats et le CPPT dès le départ, pas une fois le plan bouclé.',
      'Réservez aux ambassadeurs un nombre fixe d’heures par mois.',
    ],
    example: {
      title: 'Bruxelles Mobilité Services',
      paragraphs: [
        'Le fonctionnaire dirigeant s’est engagé comme sponsor. Un comité de pilotage composé des RH, du conseiller en prévention aspects psychosociaux, de deux chefs de service et d’un délégué syndical du comité de concertation de base suit la démarche.',
        'Six ambassadeurs, dont deux issus des équipes de nuit, disposent de quatre heures par mois. Les 38 responsables hiérarchiques animent chaque trimestre un échange d’équipe sur la charge de travail, avec un guide fourni par les RH.',
      ],
    },
  },
};
