import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const actionContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je zet je doelstellingen om in een actieplan: operationele doelstellingen, wie wat doet, een tijdlijn, beoogde resultaten en hoe je ze meet.',
      'Een communicatieplan zorgt ervoor dat de acties bij mensen aankomen en ook gebruikt worden.',
    ],
    guidance: [
      {
        heading: 'Van strategische naar operationele doelstellingen',
        paragraphs: [
          'Een strategische doelstelling zegt waar je naartoe wil; een operationele doelstelling zegt wat er tegen wanneer concreet veranderd moet zijn. Formuleer ze zo dat iemand anders achteraf kan nagaan of ze gehaald zijn: wie, wat, hoeveel, tegen wanneer.',
          'Koppel elke operationele doelstelling aan de strategische doelstellingen die ze dient, en elke actie aan de operationele doelstellingen. Zo zie je meteen welke doelstelling nog geen acties heeft.',
        ],
      },
      {
        heading: 'Maak het actieplan concreet',
        paragraphs: [
          'Geef elke actie een eigenaar, een timing en een verwacht resultaat; in stap 7 koppel je er een indicator aan. Bouw een aanbod van laagdrempelig (tips, een overzicht van steunkanalen) tot intensief (veerkrachtcoaching), en kies ook acties die de organisatie van het werk veranderen, niet alleen het gedrag van individuen.',
          'Test eerst in enkele teams en breid uit wat werkt. Werk het plan uit met de stuurgroep en vraag vooraf het advies van de interne of gemeenschappelijke dienst voor preventie en bescherming en, voor psychosociale maatregelen, van de preventieadviseur psychosociale aspecten. Leg het daarna als deel van het jaaractieplan voor advies voor aan het CPBW of basisoverlegcomité. Het comité adviseert; de directie keurt goed. Onderaan deze stap noteer je de datums.',
        ],
      },
      {
        heading: 'Plan in de tijd en houd overzicht',
        paragraphs: [
          'Geef elke actie een start- en eindmaand: de tijdlijn toont dan per maand of per kwartaal wat wanneer loopt, en of drukke periodes (zomer, jaarafsluiting) overladen raken. Acties zonder maanden staan apart als “nog niet gepland”.',
          'Met de filters zie je snel wat één eigenaar op zich neemt of welke acties bij één doelstelling horen. Bespreek de tijdlijn met de stuurgroep en de eigenaars zelf: zij weten wat haalbaar is naast het gewone werk.',
        ],
      },
      {
        heading: 'Communiceer met nudging',
        paragraphs: [
          'Maak het makkelijk: inschrijven met één klik of op papier, tijdens de werkuren. Maak het aantrekkelijk: een herkenbare naam en getuigenissen van collega’s. Maak het sociaal: ambassadeurs en leidinggevenden die zelf meedoen. Kies het juiste moment: bij de start van het jaar of net na een piekperiode.',
          'Niet iedereen leest e-mails of het intranet. Gebruik ook teamoverleg, affiches en een mondelinge toelichting.',
        ],
      },
    ],
    tips: [
      'Plan niet meer acties dan je team echt kan opvolgen.',
      'Koppel elke actie via een operationele doelstelling aan een strategische doelstelling uit de gewenste situatie.',
      'Schrijf op hoe je collega’s bereikt die niet achter een scherm werken, voor je de eerste mail verstuurt.',
      'Houd de administratieve last voor deelnemers zo klein mogelijk.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap startte een pilot in twee regio’s met teammonitoring en workshops jobcrafting voor de buitenploegen en een kwartaalgesprek over werkdruk. Alle 45 leidinggevenden volgen een traject over hun rol als coach en leider, en veerkrachtcoaching bij de interne, kosteloze coaches van de Vlaamse overheid staat open voor iedereen.',
        'Ambassadeurs stellen het aanbod voor op de ochtendbriefing in de parken. Inschrijven kan via een QR-code of bij de ploegleider, en de eerste sessies vallen net na de drukke zomer.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous traduisez vos objectifs en un plan d’action : objectifs opérationnels, répartition des tâches, calendrier, résultats attendus et mesure.',
      'Un plan de communication veille à ce que les actions atteignent le personnel et soient réellement utilisées.',
    ],
    guidance: [
      {
        heading: 'Des objectifs stratégiques aux objectifs opérationnels',
        paragraphs: [
          'Un objectif stratégique indique la direction ; un objectif opérationnel dit ce qui doit concrètement avoir changé, et pour quand. Rédigez-le de manière à ce qu’une autre personne puisse vérifier après coup s’il est atteint : qui, quoi, combien, pour quand.',
          'Reliez chaque objectif opérationnel aux objectifs stratégiques qu’il sert, et chaque action aux objectifs opérationnels. Vous voyez ainsi d’un coup d’œil quel objectif n’a encore aucune action.',
        ],
      },
      {
        heading: 'Rendre le plan d’action concret',
        paragraphs: [
          'Attribuez à chaque action un responsable, un calendrier et un résultat attendu ; à l’étape 7, vous y reliez un indicateur. Prévoyez une offre graduée, de l’accessible (conseils, carte des canaux de soutien) à l’intensif (coaching en résilience), et incluez des actions sur l’organisation du travail, pas seulement sur les comportements individuels.',
          'Testez d’abord dans quelques équipes, puis généralisez ce qui fonctionne. Élaborez le plan avec le comité de pilotage et sollicitez au préalable l’avis du service interne ou commun pour la prévention et la protection au travail et, pour les mesures psychosociales, du conseiller en prévention aspects psychosociaux. Soumettez-le ensuite pour avis au CPPT ou au comité de concertation de base, dans le cadre du plan d’action annuel. Le comité rend un avis ; la direction approuve. Notez les dates au bas de cette étape.',
        ],
      },
      {
        heading: 'Planifier dans le temps et garder une vue d’ensemble',
        paragraphs: [
          'Donnez à chaque action un mois de début et de fin : le calendrier montre alors, par mois ou par trimestre, ce qui se déroule quand, et si des périodes chargées (été, clôture annuelle) se surchargent. Les actions sans mois apparaissent à part comme « pas encore planifiées ».',
          'Les filtres montrent rapidement ce qu’un responsable prend en charge ou quelles actions servent un objectif. Discutez le calendrier avec le comité de pilotage et les responsables eux-mêmes : ce sont eux qui savent ce qui est faisable à côté du travail courant.',
        ],
      },
      {
        heading: 'Communiquer avec le nudging',
        paragraphs: [
          'Facile : inscription en un clic ou sur papier, pendant le service. Attractif : un nom parlant et des témoignages de collègues. Social : des ambassadeurs et des responsables qui participent. Au bon moment : en début d’année ou juste après une période de pointe.',
          'Tout le monde ne lit pas ses courriels ni l’intranet : misez aussi sur les réunions d’équipe, les affiches et les explications de vive voix.',
        ],
      },
    ],
    tips: [
      'Ne planifiez pas plus d’actions que votre équipe ne peut en suivre.',
      'Reliez chaque action, via un objectif opérationnel, à un objectif stratégique de la situation visée.',
      'Notez comment vous atteignez les collègues qui ne travaillent pas devant un écran, avant d’envoyer le premier courriel.',
      'Réduisez au minimum la charge administrative des participants.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'Un projet pilote a démarré au centre de contact et dans une équipe des tunnels : intervision sur les appels agressifs, rotation des tâches et horaires de nuit revus avec les agents. Les 38 responsables suivent un parcours sur leur rôle de coach et de leader, et un soutien psychosocial externe via le SEPPT est ouvert à tous.',
        'Les ambassadeurs présentent l’offre aux briefings de début de service. On s’inscrit par QR code ou auprès du chef d’équipe, et les séances démarrent en octobre, une fois passé le pic de la rentrée.',
      ],
    },
  },
});
