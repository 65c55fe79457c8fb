import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const rolesContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je bepaalt wie het welzijnsbeleid draagt, wie meebeslist en wie je betrekt. Met een stakeholderkaart en een heldere rolverdeling wordt welzijn een zaak van de hele organisatie.',
      'Zonder eigenaars blijft een beleid op papier staan.',
    ],
    guidance: [
      {
        heading: 'Breng de stakeholders in kaart',
        paragraphs: [
          'Vertrek van de lijst met gebruikelijke actoren: directie en leidend ambtenaar, leidinggevenden, HR, de preventieadviseur psychosociale aspecten, de arbeidsarts, het CPBW of basisoverlegcomité en de vakbonden, de re-integratiemedewerker, vertrouwenspersonen, communicatie, ambassadeurs en de medewerkers zelf. Vul aan met wie specifiek is voor jullie organisatie, zoals een externe dienst of een partner uit een raamovereenkomst.',
          'Schrijf bij elke actor wie het concreet is: een naam of een team. “Leidinggevenden” zegt weinig; “de 45 ploegbazen en afdelingshoofden” zegt wat je moet organiseren.',
        ],
      },
      {
        heading: 'Lees de invloed-interessematrix',
        paragraphs: [
          'Per stakeholder kies je of de invloed op het beleid hoog of laag is, en of de interesse hoog of laag is. De matrix zet iedereen in een van vier vakken, met een aanpak: nauw betrekken, tevreden houden, goed informeren of volgen.',
          'Vul de matrix niet in je eentje in. Toets ze in de stuurgroep of met een HR-collega en de preventieadviseur: wie je onderschat, duikt later op als tegenwind. Wie veel interesse maar weinig invloed heeft, zoals de medewerkers, is vaak je beste bondgenoot.',
        ],
      },
      {
        heading: 'Verdeel de taken met een RACI-matrix',
        paragraphs: [
          'Benoem de sleuteltaken van het beleid: het beleid uitschrijven, budget en mandaat goedkeuren, de risicoanalyse uitvoeren, acties coördineren, communiceren, indicatoren opvolgen. Kies per taak en per stakeholder een rol: R voert uit, A is eindverantwoordelijk, C geeft vooraf advies, I hoort het resultaat.',
          'Elke taak heeft precies één A en minstens één R. Twee eindverantwoordelijken betekent in de praktijk niemand; een taak zonder uitvoerder blijft liggen. Laat de matrix bevestigen door wie erin staat, zeker door de directie voor de A-rollen.',
          'Leidinggevenden spelen een sleutelrol: ze zien signalen als eersten en combineren een coachende met een sturende rol. Geef hen in de matrix een duidelijke plaats.',
        ],
      },
      {
        heading: 'Bouw draagvlak bij de medewerkers',
        paragraphs: [
          'De formele weg loopt via het CPBW, het basisoverlegcomité of de vakbondsafvaardiging. Daarnaast bereik je medewerkers rechtstreeks: met een bevraging, focusgroepen, een werkgroep of teamoverleg.',
          'Zoek ambassadeurs onder het personeel, verspreid over diensten en locaties. Zij brengen het beleid naar de werkvloer en horen wat er leeft. Geef hen tijd, een duidelijk mandaat en een aanspreekpunt bij HR.',
          'Stress en burn-out zijn niet de enige psychosociale risico’s: ook geweld, pesterijen en ongewenst seksueel gedrag op het werk horen erbij. Ga na of iedereen weet hoe een informeel of formeel verzoek tot psychosociale interventie werkt, bij de vertrouwenspersoon of de preventieadviseur psychosociale aspecten, en of die procedure in het arbeidsreglement staat.',
        ],
      },
    ],
    tips: [
      'Vraag de directie om een sponsor die het beleid zichtbaar steunt.',
      'Betrek de vakbonden en het CPBW vroeg, niet pas wanneer het plan klaar is.',
      'Bespreek de RACI-matrix in één vergadering met alle betrokkenen: zo ontdek je meteen dubbele of ontbrekende rollen.',
      'Reserveer voor ambassadeurs een vast aantal uren per maand.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'De leidend ambtenaar werd sponsor. Een stuurgroep met HR, de preventieadviseur psychosociale aspecten, twee afdelingshoofden en een vakbondsafgevaardigde uit het basisoverlegcomité volgt het beleid op.',
        'In de matrix staan de directie en het basisoverlegcomité bij “nauw betrekken”, de arbeidsarts bij “tevreden houden” en de medewerkers van de buitenploegen bij “goed informeren”.',
        'Voor de taak “Budget en mandaat goedkeuren” is de directie eindverantwoordelijk (A) en HR uitvoerend (R); het basisoverlegcomité wordt geraadpleegd (C). Voor “De indicatoren opvolgen” is HR eindverantwoordelijk en voeren de leidinggevenden uit.',
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
          'Partez de la liste des acteurs habituels : direction et fonctionnaire dirigeant, responsables hiérarchiques, RH, conseiller en prévention aspects psychosociaux, conseiller en prévention-médecin du travail, CPPT ou comité de concertation de base et organisations syndicales, responsable de la réintégration, personnes de confiance, communication, ambassadeurs et le personnel lui-même. Complétez avec les acteurs propres à votre organisation, comme le SEPPT ou un partenaire sous accord-cadre.',
          'Précisez pour chaque acteur de qui il s’agit concrètement : un nom ou une équipe. « Les responsables hiérarchiques » reste vague ; « les 38 chefs d’équipe et chefs de service » dit ce qu’il faut organiser.',
        ],
      },
      {
        heading: 'Lire la grille influence–intérêt',
        paragraphs: [
          'Pour chaque partie prenante, indiquez si son influence sur la politique est élevée ou faible, et si son intérêt est élevé ou faible. La grille place chacun dans l’une des quatre cases, avec une approche : associer étroitement, tenir satisfait, tenir informé ou surveiller.',
          'Ne remplissez pas la grille seul à votre bureau. Confrontez-la au comité de pilotage ou à un collègue RH et au conseiller en prévention : un acteur sous-estimé se manifeste souvent plus tard comme un frein. Ceux qui ont beaucoup d’intérêt mais peu d’influence, comme le personnel, sont souvent vos meilleurs alliés.',
        ],
      },
      {
        heading: 'Répartir les tâches avec une matrice RACI',
        paragraphs: [
          'Nommez les tâches clés de la politique : la rédiger, approuver le budget et le mandat, réaliser l’analyse des risques, coordonner les actions, communiquer, suivre les indicateurs. Pour chaque tâche et chaque partie prenante, choisissez un rôle : R réalise, A approuve et répond du résultat (le responsable final), C donne son avis au préalable, I est informé du résultat.',
          'Chaque tâche a exactement un A et au moins un R. Deux responsables finaux, c’est en pratique aucun ; une tâche sans personne qui la réalise n’avance pas. Faites valider la matrice par ceux qui y figurent, en particulier par la direction pour les rôles A.',
          'Les responsables hiérarchiques jouent un rôle clé : ils perçoivent les signaux en premier et doivent à la fois accompagner et diriger. Donnez-leur une place claire dans la matrice.',
        ],
      },
      {
        heading: 'Construire l’adhésion du personnel',
        paragraphs: [
          'La voie formelle passe par le CPPT, le comité de concertation de base ou la délégation syndicale. Vous pouvez aussi toucher le personnel directement : par une enquête, des groupes de discussion, un groupe de travail ou les réunions d’équipe.',
          'Recrutez des ambassadeurs parmi le personnel, répartis entre services et sites. Ils rapprochent la politique du terrain et font remonter les préoccupations. Donnez-leur du temps, un mandat clair et un interlocuteur aux RH.',
          'Le stress et le burn-out ne sont pas les seuls risques psychosociaux : la violence, le harcèlement et le comportement sexuel indésirable au travail en font aussi partie. Vérifiez que chacun sait comment introduire une demande d’intervention psychosociale informelle ou formelle, auprès de la personne de confiance ou du conseiller en prévention aspects psychosociaux, et que la procédure figure dans le règlement de travail.',
        ],
      },
    ],
    tips: [
      'Demandez à la direction de désigner un sponsor qui soutient la démarche de façon visible.',
      'Associez les syndicats et le CPPT dès le départ, pas une fois le plan bouclé.',
      'Parcourez la matrice RACI en une seule réunion avec tous les acteurs : les rôles en double ou manquants apparaissent tout de suite.',
      'Réservez aux ambassadeurs un nombre fixe d’heures par mois.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'Le fonctionnaire dirigeant s’est engagé comme sponsor. Un comité de pilotage composé des RH, du conseiller en prévention aspects psychosociaux, de deux chefs de service et d’un délégué syndical du comité de concertation de base suit la démarche.',
        'Dans la grille, la direction et le comité de concertation de base sont à « associer étroitement », le médecin du travail à « tenir satisfait » et les équipes de nuit à « tenir informé ».',
        'Pour la tâche « Approuver le budget et le mandat », la direction est responsable finale (A) et les RH réalisent (R) ; le comité de concertation est consulté (C). Pour « Suivre les indicateurs », les RH sont responsables finales et les responsables hiérarchiques réalisent.',
        'Six ambassadeurs, dont deux issus des équipes de nuit, disposent de quatre heures par mois. Les 38 responsables hiérarchiques animent chaque trimestre un échange d’équipe sur la charge de travail, avec un guide fourni par les RH.',
      ],
    },
  },
});
