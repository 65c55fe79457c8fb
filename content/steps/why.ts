import type { Localised, StepContent } from '../types';
import { typesetFrench } from '@/lib/typography';

export const whyContent: Localised<StepContent> = typesetFrench({
  nl: {
    purpose: [
      'Je legt vast waarom jouw organisatie in welzijn investeert. Dat antwoord is de rode draad voor alle volgende keuzes.',
      'Een helder waarom voorkomt losse initiatieven zonder samenhang en geeft je argumenten tegenover de directie.',
    ],
    guidance: [
      {
        heading: 'Vertrek van het DNA van je organisatie',
        paragraphs: [
          'Zoek waar welzijn al in je missie, visie en waarden zit. Verbind je waarom met de HR-strategie: welzijn staat niet naast talent- of leiderschapsbeleid, het versterkt ze. De wet van 4 augustus 1996 betreffende het welzijn van de werknemers bij de uitvoering van hun werk (de Welzijnswet) en de Codex over het welzijn op het werk (boek I, titels 2 en 3) verplichten je om psychosociale risico’s te voorkomen; in overheidsdiensten adviseert het basisoverlegcomité uit de wet van 19 december 1974 over het beleid. Maar een beleid dat alleen uit plicht vertrekt, overtuigt zelden.',
          'Schrijf dit niet alleen aan je bureau. Een korte visie-missieoefening met de directie, enkele leidinggevenden, de preventieadviseur psychosociale aspecten en medewerkers levert een waarom op dat mensen herkennen.',
        ],
      },
      {
        heading: 'Kies je hefbomen',
        paragraphs: [
          'Onderzoek van Vlerick Business School, gebruikt in het proefproject geïntegreerd welzijnsbeleid van de Vlaamse overheid (2019), wijst op vijf hefbomen. Inzetbaarheid: talenten blijven gebruiken en ontwikkelen. Leiderschap: leidinggevenden die coachen en rollen duidelijk maken. Zinvol werken: zien waartoe je werk bijdraagt. Werk-privébalans: ruimte voor gezin, zorg en herstel. Het nieuwe werken: tijd- en plaatsonafhankelijk werken met haalbare afspraken.',
          'Je hoeft ze niet alle vijf tegelijk aan te pakken: kies wat past bij je waarom.',
        ],
      },
    ],
    tips: [
      'Vat je waarom samen in twee of drie zinnen die een nieuwe collega meteen begrijpt.',
      'Gebruik woorden uit je eigen missie in plaats van algemene beleidstaal.',
      'Leg je tekst voor aan een paar leidinggevenden en medewerkers voor je verdergaat.',
    ],
    example: {
      title: 'Agentschap Groen Erfgoed',
      paragraphs: [
        'Agentschap Groen Erfgoed (fictief) beheert historische parken en domeinen met zo’n 420 medewerkers, van parkwachters tot beleidsmedewerkers. Het ziekteverzuim ligt op 6,8 %, boven het gemiddelde van de Vlaamse overheid, en in de personeelspeiling scoorden werkdruk en onduidelijke rollen het zwakst.',
        'HR-verantwoordelijke Sofie legde die cijfers naast de missie, samen met de leidend ambtenaar, drie leidinggevenden, de preventieadviseur en vier medewerkers. Hun waarom: wie zorgt voor erfgoed dat generaties meegaat, moet zelf duurzaam kunnen werken. Leiderschap en werk-privébalans werden de eerste hefbomen.',
      ],
    },
  },
  fr: {
    purpose: [
      'Vous formulez pourquoi votre organisation investit dans le bien-être au travail. Cette réponse guidera tous les choix suivants.',
      'Un « pourquoi » clair évite une série d’initiatives isolées et vous donne des arguments face à la direction.',
    ],
    guidance: [
      {
        heading: 'Partir de l’ADN de l’organisation',
        paragraphs: [
          'Repérez où le bien-être figure déjà dans votre mission, votre vision et vos valeurs. Reliez votre « pourquoi » à la stratégie RH : le bien-être renforce la gestion des talents et du leadership. La loi du 4 août 1996 relative au bien-être des travailleurs lors de l’exécution de leur travail et le code du bien-être au travail (livre Ier, titres 2 et 3) imposent de prévenir les risques psychosociaux ; dans les services publics, le comité de concertation de base prévu par la loi du 19 décembre 1974 donne son avis sur la politique. Mais une politique fondée sur la seule contrainte convainc rarement.',
          'Ne rédigez pas ce texte seul : un court exercice vision-mission avec la direction, quelques responsables, le conseiller en prévention aspects psychosociaux et des agents donne un texte où chacun se reconnaît.',
        ],
      },
      {
        heading: 'Choisir vos leviers',
        paragraphs: [
          'Une recherche de la Vlerick Business School, utilisée dans le projet pilote de politique intégrée du bien-être de l’Autorité flamande (2019), met en avant cinq leviers. L’employabilité : utiliser et développer ses compétences. Le leadership : des responsables qui accompagnent et clarifient les rôles. Le travail porteur de sens : voir à quoi sert son travail. L’équilibre vie professionnelle – vie privée : du temps pour la famille et la récupération. Les nouvelles façons de travailler : liberté de temps et de lieu, dans un cadre tenable.',
          'Inutile de tout entreprendre à la fois : retenez ce qui correspond à votre « pourquoi ».',
        ],
      },
    ],
    tips: [
      'Résumez votre « pourquoi » en deux ou trois phrases compréhensibles par un nouvel agent.',
      'Reprenez les mots de votre mission plutôt qu’un jargon général.',
      'Faites relire le texte par quelques responsables et agents.',
    ],
    example: {
      title: 'Office Trajets Bruxelles',
      paragraphs: [
        'Office Trajets Bruxelles (institution fictive) est un organisme régional bruxellois d’environ 310 agents, des contrôleurs de chantiers au centre de contact. L’absentéisme pour maladie atteint 6,5 %, au-dessus de la moyenne de la fonction publique régionale, et l’enquête auprès du personnel pointe la charge émotionnelle et la fatigue des équipes de nuit.',
        'Nadia, responsable RH, a confronté ces constats à la mission avec le fonctionnaire dirigeant, trois responsables, le conseiller en prévention et quatre agents. Leur « pourquoi » : « Pour faire avancer la ville, nos équipes doivent pouvoir tenir la distance. » Le leadership et l’équilibre vie professionnelle – vie privée sont devenus les leviers prioritaires.',
      ],
    },
  },
});
