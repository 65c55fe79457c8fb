import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const resourcesContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je maakt zichtbaar wat het beleid vraagt aan tijd, budget, VTE en expertise, en wat het kan opleveren. Dat is de basis voor het budgetgesprek met de directie.',
      'Een onderbouwde vraag helpt om middelen en een mandaat te krijgen en te behouden.',
    ],
    guidance: [
      {
        heading: 'Breng alle kosten in beeld',
        paragraphs: [
          'Tel naast externe facturen ook interne tijd: coördinatie door HR, uren van ambassadeurs en leidinggevenden, opleidingstijd. Kijk wat al gedekt is via raamovereenkomsten, de externe dienst voor preventie en bescherming of, in de Vlaamse overheid, kosteloze interne diensten zoals de veerkrachtcoaches.',
        ],
      },
      {
        heading: 'Vul de berekening samen met anderen in',
        paragraphs: [
          'Het aantal VTE en de werkdagen per VTE haal je bij de personeelsdienst, de gemiddelde loonkost bij de loonadministratie of de financiële dienst. De berekening neemt het verzuimpercentage over uit stap 2; vul hier alleen een ander cijfer in als je bewust een ander jaar of een andere groep bekijkt.',
          'Het aandeel psychosociaal verzuim kennen de arbeidsarts of de externe dienst voor preventie en bescherming vaak beter dan HR. Bespreek de verwachte daling in elk scenario met de preventieadviseur psychosociale aspecten, zodat het geen cijfer van één persoon aan een bureau blijft.',
        ],
      },
      {
        heading: 'Reken het terugverdieneffect voorzichtig',
        paragraphs: [
          'De formule staat onder het resultaat, in woorden en in cijfers: beschikbare dagen × verzuimpercentage geeft de ziektedagen, × het psychosociale aandeel geeft het deel dat het beleid kan beïnvloeden, × de verwachte daling en de kost van een dag geeft de besparing.',
          'Onderzoek geeft bandbreedtes: gezonde medewerkers verzuimen 25 tot 50 % minder dan ongezonde (Lieven Annemans, UGent; een vergelijking, geen effect van een beleid), en investeringen in mentaal welzijn brachten 1,5 tot 5 euro op per geïnvesteerde euro (Deloitte UK 2022; PwC en beyondblue 2014). Andere studies vonden nauwelijks effect, zeker van louter individuele maatregelen (Song en Baicker, JAMA 2019; Fleming, Industrial Relations Journal 2024). Het zijn mogelijkheden, geen beloftes: het voorzichtige scenario is daarom de basis voor het gesprek met de directie.',
        ],
      },
      {
        heading: 'Rekenvoorbeeld: de Vlaamse overheid in 2014',
        paragraphs: [
          'In 2014 telde de Vlaamse overheid 412.024 ziektedagen op 5.976.971 beschikbare werkdagen: een verzuim van 6,89 %, het cijfer van het Actieplan werkgerelateerde stress en burn-out (2016). De latere verzuimstatistiek van de Vlaamse overheid vermeldt voor 2014 6,91 %, na een bijwerking van de cijfers; het rekenvoorbeeld volgt het actieplan. Aan 200 werkdagen per VTE zijn die ziektedagen samen 2.060 VTE die een jaar lang afwezig zijn.',
          'Ongeveer een kwart van die dagen kwam van psychische aandoeningen: zo’n 103.000 dagen, of ongeveer 515 VTE. Wie het in de calculator narekent, vult 29.885 VTE in (5.976.971 ÷ 200), 200 werkdagen, 6,89 % verzuim en 25 % psychosociaal aandeel, en komt uit op ongeveer 2.060 en 515 VTE.',
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
      'Laat de app een eerste versie van de tekst voor de directie opstellen uit je cijfers en herschrijf hem in de taal van je organisatie.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Het agentschap telt ongeveer 385 VTE. Bij 200 werkdagen per VTE en 6,8 % verzuim uit stap 2 zijn dat zo’n 5.240 ziektedagen per jaar, ruim 26 VTE. De arbeidsarts schat dat een kwart daarvan een psychosociale oorzaak heeft: ongeveer 1.310 dagen.',
        'Aan 300 euro loonkost per dag rekent het voorzichtige scenario met 10 % minder psychosociaal verzuim: zo’n 131 dagen of 39.270 euro per jaar. Het werkingsbudget van 48.000 euro is daarmee na ongeveer 1,2 jaar terugverdiend. Maar het plan vraagt ook 1,3 VTE interne tijd, aan 300 euro per dag zo’n 78.000 euro per jaar: met die tijd erbij verdient het zich niet terug op verzuim alleen.',
        'Het agentschap zei dat eerlijk in de tekst voor de directie en legde de nadruk op werkbaar werk en het behoud van vakmensen. Het managementcomité keurde het plan goed voor 2027 en 2028, met een evaluatie na een jaar.',
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
          'Outre les factures externes, comptez le temps interne : coordination RH, heures des ambassadeurs et des responsables, formation. Vérifiez ce que couvrent déjà les accords-cadres ou le SEPPT.',
        ],
      },
      {
        heading: 'Remplir le calcul à plusieurs',
        paragraphs: [
          'Le nombre d’ETP et les jours de travail par ETP viennent du service du personnel, le coût salarial moyen du service des salaires ou des finances. Le taux d’absentéisme est repris de l’étape 2 ; n’indiquez un autre chiffre ici que si vous visez volontairement une autre année ou un autre groupe.',
          'Le médecin du travail ou le SEPPT connaissent souvent mieux que les RH la part d’absentéisme d’origine psychosociale. Discutez la baisse attendue dans chaque scénario avec le conseiller en prévention aspects psychosociaux, pour qu’elle ne soit pas le chiffre d’une seule personne derrière un bureau.',
        ],
      },
      {
        heading: 'Estimer le retour avec prudence',
        paragraphs: [
          'La formule figure sous le résultat, en mots et en chiffres : jours disponibles × taux d’absentéisme donne les jours de maladie, × la part psychosociale donne ce que la politique peut influencer, × la baisse attendue et le coût d’un jour donne l’économie.',
          'La recherche donne des fourchettes : les membres du personnel en bonne santé s’absentent 25 à 50 % de moins que les autres (Lieven Annemans, UGent ; une comparaison, pas l’effet d’une politique), et les investissements dans la santé mentale ont rapporté 1,5 à 5 euros par euro investi (Deloitte UK 2022 ; PwC et beyondblue 2014). D’autres études n’ont trouvé presque aucun effet, surtout pour les mesures purement individuelles (Song et Baicker, JAMA 2019 ; Fleming, Industrial Relations Journal 2024). Ce ne sont pas des promesses : le scénario prudent sert donc de base à l’échange avec la direction.',
        ],
      },
      {
        heading: 'Exemple chiffré : l’Autorité flamande en 2014',
        paragraphs: [
          'En 2014, l’Autorité flamande a compté 412 024 jours de maladie sur 5 976 971 jours de travail disponibles : un taux d’absentéisme de 6,89 %, le chiffre du plan d’action sur le stress lié au travail et le burn-out (2016). Les statistiques ultérieures de l’Autorité flamande indiquent 6,91 % pour 2014, après une mise à jour des chiffres ; l’exemple suit le plan d’action. À 200 jours de travail par ETP, ces jours de maladie équivalent à 2 060 ETP absents pendant un an.',
          'Environ un quart de ces jours étaient dus à des troubles psychiques : quelque 103 000 jours, soit environ 515 ETP. Pour refaire le calcul, indiquez 29 885 ETP (5 976 971 ÷ 200), 200 jours de travail, 6,89 % d’absentéisme et une part psychosociale de 25 % : vous obtenez environ 2 060 et 515 ETP.',
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
      'Laissez l’application rédiger une première version du texte pour la direction à partir de vos chiffres, puis réécrivez-le dans le langage de votre organisation.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'L’institution compte environ 290 ETP. Avec 200 jours de travail par ETP et 6,5 % d’absentéisme repris de l’étape 2, cela fait quelque 3 770 jours de maladie par an, près de 19 ETP. Le SEPPT estime qu’un quart a une origine psychosociale : environ 940 jours.',
        'À 280 euros par jour, le scénario prudent table sur 10 % d’absentéisme psychosocial en moins : 94 jours, soit environ 26 390 euros par an. Le budget de fonctionnement de 30 000 euros serait ainsi récupéré en 1,1 an environ. Mais le plan mobilise aussi 0,65 ETP de temps interne, soit quelque 36 400 euros par an à 280 euros par jour : en comptant ce temps, il ne se rembourse pas par l’absentéisme seul.',
        'L’institution l’a écrit tel quel dans le texte pour la direction, en mettant en avant la protection des équipes et la rétention du personnel. La direction a approuvé le plan pour 2027 et 2028, avec une évaluation après un an.',
      ],
    },
  },
});
