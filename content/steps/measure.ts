import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const measureContent: Localised<StepContent> = typesetFrench({
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
          'Rapporteer per dienst, team of entiteit, nooit over individuele medewerkers in een dashboard, en met een minimale groepsgrootte zodat niemand herkenbaar wordt. Verzuimgegevens zijn gezondheidsgegevens: spreek die drempel af met je functionaris voor gegevensbescherming.',
        ],
      },
      {
        heading: 'Gebruik wat er al bestaat',
        paragraphs: [
          'In de Vlaamse overheid toont het dashboard welzijn van het Agentschap Overheidspersoneel (AgO) sinds 2021 de ziektecijfers van je entiteit naast het gemiddelde van de Vlaamse overheid, volgens de rapporteringsdefinities van de Vlaamse overheid. Dat gemiddelde is het vergelijkingspunt dat deze stap aanraadt.',
          'Voor teammonitoring is er het perceel monitoring van de raamovereenkomst ondersteuningsaanbod psychosociaal welzijnsbeleid, -monitoring en -acties: een instrument dat welzijnsindicatoren per team of voor de hele entiteit meet en uitkomt op een prioriteitenmatrix, waaraan je een actieplan koppelt. De gemeenschappelijke dienst voor preventie en bescherming (GDPB), die naar AgO overgeheveld werd, en de veerkrachtcoaches vullen dat aanbod aan.',
          'Werk je voor een Brusselse gewestelijke instelling, dan biedt talent.brussels de aanpak levenskwaliteit op het werk en een netwerk om goede praktijken te delen. Vergelijk je cijfers dan met het gemiddelde van de Brusselse gewestelijke overheidsdiensten.',
        ],
      },
      {
        heading: 'Vergelijk in plaats van normen op te leggen',
        paragraphs: [
          'Een standaardstreefcijfer bestaat niet: grootte, personeelsmix en sector wegen zwaar door. Vergelijk met het gemiddelde van de bredere organisatie en met je eigen evolutie. Wil je toch een doel, kies en motiveer het dan zelf.',
        ],
      },
      {
        heading: 'Indicatoren kiezen en koppelen',
        paragraphs: [
          'Begin bij de catalogus: de Vlaamse verzuimindicatoren, scores uit de personeelspeiling, deelname en tevredenheid over acties en kwalitatieve methoden staan er klaar, met een definitie en een voorstel voor niveau, bron en frequentie. Pas ze aan aan je eigen registratie, of voeg een eigen indicator toe.',
          'Vink per indicator aan welke doelstellingen uit stap 4 en 6 en welke acties hij opvolgt, en maak iemand uit stap 3 eigenaar. Zo zie je meteen welke doelen nog zonder meting zitten. Leg de lijst voor aan de stuurgroep en de preventieadviseur voor je ze vastlegt: wie de cijfers levert, moet ze ook kunnen leveren.',
        ],
      },
      {
        heading: 'Sluit aan bij de beleidscyclus',
        paragraphs: [
          'De Codex over het welzijn op het werk vraagt een globaal preventieplan voor vijf jaar, elk jaar een jaaractieplan en minstens elk jaar een evaluatie van de psychosociale preventiemaatregelen (art. I.3-6). Die evaluatie steunt op de verzoeken tot psychosociale interventie, de verslagen van de preventieadviseur-arbeidsarts, het register van feiten door derden en het jaarverslag van de interne dienst. Voor de risicoanalyse psychosociale risico’s legt de wet geen termijn op; de Vlaamse overheid herhaalt ze om de vijf jaar. Stem je opvolging daarop af en bespreek de resultaten jaarlijks met de directie en in het CPBW.',
          'De kalender toont wanneer de volgende risicoanalyse volgens jullie ritme van vijf jaar gepland is (als je in stap 2 de datum van de vorige invulde) en wanneer het volgende jaaractieplan uiterlijk op 1 november voor advies naar het CPBW of basisoverlegcomité moet; zonder comité gaat het naar de vakbondsafvaardiging of de werknemers zelf. Zet die momenten met één klik in je kalender en vul aan met je eigen evaluaties.',
        ],
      },
    ],
    tips: [
      'Kies een handvol indicatoren die je echt opvolgt.',
      'Zet de evaluatiemomenten nu al in de agenda van stuurgroep en CPBW.',
      'Koppel elk meetresultaat aan een concrete volgende stap.',
      'Laat een streefwaarde leeg tot je ze samen met de directie kan motiveren.',
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
          'Présentez les données par service, équipe ou entité, jamais au niveau d’un agent dans un tableau de bord, avec une taille minimale de groupe pour que personne ne soit identifiable. Les données d’absence sont des données de santé : convenez de ce seuil avec votre délégué à la protection des données.',
        ],
      },
      {
        heading: 'Utiliser les outils existants',
        paragraphs: [
          'Dans les institutions régionales bruxelloises, talent.brussels propose la démarche qualité de vie au travail et un réseau pour partager les bonnes pratiques. Comparez alors vos chiffres à la moyenne des services publics régionaux bruxellois.',
          'À l’Autorité flamande, le tableau de bord bien-être (« dashboard welzijn ») de l’Agentschap Overheidspersoneel (AgO) place depuis 2021 les chiffres de maladie de chaque entité à côté de la moyenne de l’Autorité flamande, selon ses définitions de rapportage. Pour le suivi des équipes, le lot « monitoring » de l’accord-cadre d’appui à la politique de bien-être psychosocial fournit un outil qui mesure des indicateurs de bien-être et aboutit à une matrice de priorités, à laquelle on relie un plan d’action. Le service commun pour la prévention et la protection (GDPB), transféré à l’AgO, et les coachs en résilience complètent cette offre.',
        ],
      },
      {
        heading: 'Comparer plutôt qu’imposer une norme',
        paragraphs: [
          'Aucune cible ne vaut partout : taille, composition du personnel et secteur pèsent lourd. Comparez-vous à la moyenne de l’ensemble de l’organisation et à votre propre évolution. Si vous fixez un objectif, choisissez-le et justifiez-le vous-même.',
        ],
      },
      {
        heading: 'Choisir et relier les indicateurs',
        paragraphs: [
          'Partez du catalogue : les indicateurs d’absentéisme flamands, les scores de l’enquête auprès du personnel, la participation et la satisfaction à l’égard des actions et des méthodes qualitatives y figurent, avec une définition et une proposition de niveau, de source et de fréquence. Adaptez-les à vos propres données ou ajoutez un indicateur propre.',
          'Pour chaque indicateur, cochez les objectifs des étapes 4 et 6 et les actions qu’il suit, et désignez un responsable parmi les acteurs de l’étape 3. Vous voyez ainsi quels objectifs restent sans mesure. Soumettez la liste au comité de pilotage et au conseiller en prévention avant de la figer : ceux qui fournissent les chiffres doivent pouvoir le faire.',
        ],
      },
      {
        heading: 'S’aligner sur le cycle de la politique',
        paragraphs: [
          'Le code du bien-être au travail demande un plan global de prévention sur cinq ans, chaque année un plan d’action annuel et au moins une fois par an une évaluation des mesures de prévention psychosociales (art. I.3-6). Cette évaluation s’appuie sur les demandes d’intervention psychosociale, les rapports du conseiller en prévention-médecin du travail, le registre des faits de tiers et le rapport annuel du service interne. La loi ne fixe pas de délai pour l’analyse des risques psychosociaux ; de nombreuses administrations la renouvellent tous les cinq ans. Articulez le suivi avec ce cycle et discutez les résultats chaque année avec la direction et au CPPT.',
          'Le calendrier indique quand la prochaine analyse des risques est prévue selon votre rythme de cinq ans (si vous avez indiqué la date de la précédente à l’étape 2) et quand le prochain plan d’action annuel doit être soumis pour avis au CPPT ou au comité de concertation de base, au plus tard le 1er novembre ; sans comité, il va à la délégation syndicale ou aux travailleurs eux-mêmes. Inscrivez ces moments d’un clic et complétez avec vos propres évaluations.',
        ],
      },
    ],
    tips: [
      'Retenez une poignée d’indicateurs que vous suivrez vraiment.',
      'Inscrivez dès maintenant les évaluations à l’agenda du comité de pilotage et du CPPT.',
      'Associez chaque résultat à une prochaine étape concrète.',
      'Laissez la valeur cible vide tant que vous ne pouvez pas la justifier avec la direction.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'L’institution suit l’absentéisme chaque trimestre par service, jamais pour moins de dix personnes, et le compare à la moyenne de la fonction publique régionale bruxelloise. En un an, il est passé de 6,5 à 6,2 %, surtout dans les équipes pilotes, sans que la politique en soit forcément la seule cause.',
        'Les groupes de discussion ont salué l’intervision, mais les équipes de nuit connaissaient mal le soutien psychosocial externe. Ce constat est revenu à l’étape 2 : le nouveau plan d’action annuel charge les chefs d’équipe de le faire connaître.',
      ],
    },
  },
});
