import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const asIsContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je brengt in kaart wat er vandaag al gebeurt rond welzijn: acties, afspraken, diensten en gewoonten. Zo bouw je verder op wat bestaat.',
      'Met de inspanning-impactmatrix zie je in één oogopslag wat je best behoudt, bijstuurt of stopzet.',
    ],
    guidance: [
      {
        heading: 'Verzamel breed',
        paragraphs: [
          'Veel welzijnswerk zit verspreid: vertrouwenspersonen, telewerkafspraken, een opleiding voor leidinggevenden, het re-integratiebeleid, een sportclub van collega’s. Vraag rond bij HR, de preventieadviseur psychosociale aspecten, de arbeidsarts, het CPBW (in de Vlaamse overheid het basisoverlegcomité) en enkele leidinggevenden.',
          'Leg er de cijfers naast die je al hebt: verzuim, personeelspeiling, de laatste risicoanalyse. Bekijk het geheel door de bril van de vijf A’s (arbeidsorganisatie, -inhoud, -voorwaarden, -omstandigheden, -verhoudingen) om gaten te zien. In Brusselse gewestelijke instellingen helpt ook een zelfevaluatie volgens het CAF-model, zoals in de aanpak levenskwaliteit op het werk van talent.brussels, om samen een diagnose te stellen.',
        ],
      },
      {
        heading: 'Plaats elk initiatief in de matrix',
        paragraphs: [
          'Schat per initiatief de inspanning (tijd, geld, mensen) en de impact op welzijn. Weinig inspanning en veel impact: snelle winst. Veel van beide: strategisch project. Veel inspanning, weinig impact: herdenken of stoppen.',
          'Doe dat samen, in een werksessie met medewerkers uit verschillende diensten: wie een actie gebruikt, ziet de impact vaak anders dan wie ze organiseert.',
        ],
      },
      {
        heading: 'Lees de dekking en benoem de gaten',
        paragraphs: [
          'De dekkingstabel telt hoeveel initiatieven er werken op elke hefboom, per niveau: individu, team of organisatie. Een 0 springt eruit. Niet elk gat is een probleem, maar maak er een bewuste keuze van en neem de belangrijkste mee naar de gewenste situatie in stap 4.',
          'Geef elk initiatief de hefboom die er het best bij past. Gezondheid en psychosociale bescherming (vertrouwenspersonen, ergonomie) hebben geen eigen hefboom: kies de dichtstbijzijnde en zeg in de beschrijving waarom.',
          'Let vooral op het teamniveau: veel organisaties bieden individuele hulp en algemeen beleid, maar weinig dat leidinggevenden en teams samen doet werken aan werkdruk of werkplezier.',
        ],
      },
      {
        heading: 'Cijfers en energie: vandaag als vertrekpunt',
        paragraphs: [
          'Noteer het ziekteverzuim, de meldingsfrequentie en de gemiddelde ziekteduur van één jaar, met de definities die erbij staan, zodat je volgend jaar appelen met appelen vergelijkt. Vergelijk met het gemiddelde van de bredere organisatie of sector, niet met een streefcijfer uit het niets.',
          'Duid daarna aan welke taakeisen energie kosten en welke hulpbronnen energie geven. Haal die uit de risicoanalyse, de bevraging en gesprekken met teams, niet uit je eigen indruk alleen.',
        ],
      },
    ],
    tips: [
      'Neem ook informele initiatieven op, want ze tonen wat mensen zelf belangrijk vinden.',
      'Vraag bij elk initiatief wie het niet bereikt, bijvoorbeeld collega’s zonder pc.',
      'Bewaar de matrix: volgend jaar vergelijk je er je nieuwe inventaris mee.',
      'Projecteer de matrix in de werksessie en verschuif de initiatieven terwijl de groep praat: met de pijltjestoetsen of door te slepen.',
      'Twijfel je tussen twee scores? Laat de groep beslissen en noteer waarom in de beschrijving. In de matrix telt een 3 als laag, pas een 4 of 5 als hoog.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Een werkgroep met twee parkwachters, een ploegleider, een beleidsmedewerker, de preventieadviseur en HR plaatste de negen lopende initiatieven op de matrix.',
        'De jaarlijkse gezondheidsweek vroeg veel werk maar trok slechts 60 van de 420 collega’s, bijna allemaal van het hoofdkantoor. De telewerkafspraken en de vertrouwenspersonen hadden veel impact voor weinig moeite. Het grootste gat: voor de buitenploegen bestond bijna niets rond werkdruk en fysieke belasting.',
        'De dekkingstabel bevestigde het: niets rond leiderschap op teamniveau. Met 6,8 % ziekteverzuim in 2025 en werkdruk en seizoenspieken als zwaarste taakeisen, werd coachend leidinggeven in de ploegen het eerste thema voor stap 4.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous dressez l’état des lieux de ce qui existe déjà en matière de bien-être : actions, accords, services et habitudes. Vous construisez ainsi sur l’existant.',
      'La matrice effort–impact montre d’un coup d’œil ce qu’il faut maintenir, ajuster ou arrêter.',
    ],
    guidance: [
      {
        heading: 'Ratisser large',
        paragraphs: [
          'Beaucoup d’initiatives sont dispersées : personnes de confiance, accords de télétravail, formation des responsables, politique de réintégration, club sportif entre collègues. Interrogez les RH, le conseiller en prévention aspects psychosociaux, le médecin du travail, le CPPT (ou le comité de concertation de base qui en exerce les missions) et quelques responsables.',
          'Ajoutez les données existantes : absentéisme, enquête auprès du personnel, dernière analyse des risques psychosociaux. Une autoévaluation de type CAF, comme dans la démarche qualité de vie au travail de talent.brussels, aide à poser un diagnostic partagé. Passez aussi l’ensemble au crible des cinq composantes que la loi sur le bien-être retient pour les risques psychosociaux : organisation du travail, contenu du travail, conditions de travail, conditions de vie au travail et relations interpersonnelles au travail.',
        ],
      },
      {
        heading: 'Placer chaque initiative dans la matrice',
        paragraphs: [
          'Estimez pour chaque initiative l’effort (temps, argent, personnes) et l’impact sur le bien-être. Peu d’effort, beaucoup d’impact : gain rapide. Beaucoup des deux : projet stratégique. Beaucoup d’effort, peu d’impact : à repenser ou à abandonner.',
          'Faites-le à plusieurs, avec des agents de différents services : ceux qui bénéficient d’une action n’en voient pas toujours l’impact comme ceux qui l’organisent.',
        ],
      },
      {
        heading: 'Lire la couverture et nommer les lacunes',
        paragraphs: [
          'Le tableau de couverture compte les initiatives par levier et par niveau : individu, équipe ou organisation. Un 0 saute aux yeux. Toute lacune n’est pas un problème, mais faites-en un choix conscient et reprenez les plus importantes dans la situation visée, à l’étape 4.',
          'Donnez à chaque initiative le levier qui lui correspond le mieux. La santé et la protection psychosociale (personnes de confiance, ergonomie) n’ont pas de levier propre : choisissez le plus proche et dites pourquoi dans la description.',
          'Regardez surtout le niveau de l’équipe : beaucoup d’organisations proposent une aide individuelle et une politique générale, mais peu d’actions où responsables et équipes travaillent ensemble sur la charge de travail ou le plaisir au travail.',
        ],
      },
      {
        heading: 'Chiffres et énergie : aujourd’hui comme point de départ',
        paragraphs: [
          'Notez le taux d’absentéisme, la fréquence des absences et leur durée moyenne pour une année, avec les définitions indiquées, afin de comparer ce qui est comparable l’an prochain. Comparez-les à la moyenne de votre secteur ou de l’ensemble de l’administration plutôt qu’à un objectif sorti de nulle part.',
          'Cochez ensuite les exigences qui coûtent de l’énergie et les ressources qui en donnent. Tirez-les de l’analyse des risques, de l’enquête et d’échanges avec les équipes, pas de votre seule impression.',
        ],
      },
    ],
    tips: [
      'Recensez aussi les initiatives informelles : elles montrent ce qui compte pour le personnel.',
      'Demandez pour chaque action qui elle oublie, par exemple les agents sans ordinateur.',
      'Conservez la matrice pour la comparer avec l’état des lieux de l’an prochain.',
      'Projetez la matrice pendant l’atelier et déplacez les initiatives au fil de la discussion, avec les flèches du clavier ou en les faisant glisser.',
      'Vous hésitez entre deux scores ? Laissez le groupe trancher et notez pourquoi dans la description. Dans la matrice, un 3 compte comme faible ; seuls 4 et 5 comptent comme élevés.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'Un groupe de travail réunissant deux agents du centre de contact, un chef d’équipe des tunnels, une juriste, le conseiller en prévention et les RH a placé les neuf initiatives en cours dans la matrice.',
        'La journée sportive annuelle demandait beaucoup d’énergie pour une quarantaine de participants sur 310. Les personnes de confiance et le télétravail offraient beaucoup d’impact pour peu d’effort. Principale lacune : presque rien n’aidait le centre de contact face aux usagers agressifs (une fiche de signalement peu utilisée), et rien ne visait les équipes de nuit.',
        'Le tableau de couverture l’a confirmé : une seule action de leadership au niveau des équipes, cette fiche restée sans suivi. Avec un taux d’absentéisme de 6,5 % en 2025 et la charge émotionnelle comme exigence principale, le soutien des équipes par leurs responsables est devenu la priorité de l’étape 4.',
      ],
    },
  },
});
