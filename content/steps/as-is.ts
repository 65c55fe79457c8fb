import type { Localised, StepContent } from '../types';

export const asIsContent: Localised<StepContent> = {
  nl: {
    purpose: [
      'Je brengt in kaart wat er vandaag al gebeurt rond welzijn: acties, afspraken, diensten en gewoonten. Zo bouw je verder op wat bestaat.',
      'Met de inspanning-impactmatrix zie je in één oogopslag wat je best behoudt, bijstuurt of stopzet.',
    ],
    guidance: [
      {
        heading: 'Verzamel breed',
        paragraphs: [
          'Veel welzijnswerk zit verspreid: vertrouwenspersonen, telewerkafspraken, een opleiding voor leidinggevenden, het re-integratiebeleid, een sportclub van collega’s. Vraag rond bij HR, de preventieadviseur psychosociale aspecten, de arbeidsgeneesheer, het CPBW (in de Vlaamse overheid het basisoverlegcomité) en enkele leidinggevenden.',
          'Leg er de cijfers naast die je al hebt: verzuim, personeelspeiling, de laatste risicoanalyse. Bekijk het geheel door de bril van de vijf A’s (arbeidsorganisatie, -inhoud, -voorwaarden, -omstandigheden, -verhoudingen) om gaten te zien.',
        ],
      },
      {
        heading: 'Plaats elk initiatief in de matrix',
        paragraphs: [
          'Schat per initiatief de inspanning (tijd, geld, mensen) en de impact op welzijn. Weinig inspanning en veel impact: snelle winst. Veel van beide: strategisch project. Veel inspanning, weinig impact: herdenken of stoppen.',
          'Doe dat samen, in een werksessie met medewerkers uit verschillende diensten: wie een actie gebruikt, ziet de impact vaak anders dan wie ze organiseert.',
        ],
      },
    ],
    tips: [
      'Neem ook informele initiatieven op, want ze tonen wat mensen zelf belangrijk vinden.',
      'Vraag bij elk initiatief wie het niet bereikt, bijvoorbeeld collega’s zonder pc.',
      'Bewaar de matrix: volgend jaar vergelijk je er je nieuwe inventaris mee.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Een werkgroep met twee parkwachters, een ploegleider, een beleidsmedewerker, de preventieadviseur en HR plaatste veertien lopende initiatieven op de matrix.',
        'De jaarlijkse gezondheidsweek vroeg veel werk maar trok slechts 60 van de 420 collega’s, bijna allemaal van het hoofdkantoor. De telewerkafspraken en de vertrouwenspersonen hadden veel impact voor weinig moeite. Het grootste gat: voor de buitenploegen bestond bijna niets rond werkdruk en fysieke belasting.',
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
          'Ajoutez les données existantes : absentéisme, enquête auprès du personnel, dernière analyse des risques psychosociaux. Une autoévaluation de type CAF aide à poser un diagnostic partagé et à repérer les oublis.',
        ],
      },
      {
        heading: 'Placer chaque initiative dans la matrice',
        paragraphs: [
          'Estimez pour chaque initiative l’effort (temps, argent, personnes) et l’impact sur le bien-être. Peu d’effort, beaucoup d’impact : gain rapide. Beaucoup des deux : projet stratégique. Beaucoup d’effort, peu d’impact : à repenser ou à abandonner.',
          'Faites-le à plusieurs, avec des agents de différents services : ceux qui bénéficient d’une action n’en voient pas toujours l’impact comme ceux qui l’organisent.',
        ],
      },
    ],
    tips: [
      'Recensez aussi les initiatives informelles : elles montrent ce qui compte pour le personnel.',
      'Demandez pour chaque action qui elle oublie, par exemple les agents sans ordinateur.',
      'Conservez la matrice pour la comparer avec l’état des lieux de l’an prochain.',
    ],
    example: {
      title: 'Bruxelles Mobilité Services',
      paragraphs: [
        'Un groupe de travail réunissant deux agents du centre de contact, un chef d’équipe des tunnels, une juriste, le conseiller en prévention et les RH a placé onze initiatives dans la matrice.',
        'La journée sportive annuelle demandait beaucoup d’énergie pour une quarantaine de participants sur 310. Les personnes de confiance et le télétravail offraient beaucoup d’impact pour peu d’effort. Principale lacune : rien n’aidait le centre de contact face aux usagers agressifs, ni les équipes de nuit.',
      ],
    },
  },
};
