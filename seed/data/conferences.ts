import type { SeedInput } from '../schema'

export const conferences: SeedInput['conferences'] = [
  {
    // The source says only "held in March 2024": these two days are placeholders inside that month.
    endDate: '2024-03-21',
    name: {
      en: 'Alliance for Gender Justice in Migration 3rd National Annual Conference',
      fr: '3e Conférence nationale annuelle de l’Alliance pour la justice de genre dans la migration',
    },
    organiser:
      'Alliance for Gender Justice in Migration, coordinated by the Migrant Workers Centre',
    // The source gives no venue; "Canada" is true of a national conference without claiming a city or a format.
    place: 'Canada',
    slug: '3rd-national-annual-conference',
    startDate: '2024-03-20',
    summary: {
      en: 'The Alliance’s third national annual conference brought together members, regional partners and people with lived experience of precarious migration to discuss emerging research, issues and trends affecting women and gender-diverse migrants, including best practices and lessons learned. Recordings and summaries of the sessions are available.',
      fr: 'La troisième conférence nationale annuelle de l’Alliance a réuni ses membres, ses partenaires régionaux et des personnes ayant vécu la migration précaire pour discuter des recherches, des enjeux et des tendances qui touchent les femmes et les personnes migrantes de la diversité de genre, ainsi que des pratiques exemplaires et des leçons apprises. Les enregistrements et les résumés des séances sont offerts en ligne.',
    },
  },
  {
    // The source page is dated May 23, 2024 and speaks of "this past November 30th to December 3rd".
    endDate: '2023-12-03',
    name: {
      en: 'International Migrants Alliance Global Assembly',
      fr: 'Assemblée mondiale de l’International Migrants Alliance',
    },
    organiser: 'International Migrants Alliance',
    place: 'Bangkok, Thailand',
    slug: 'international-migrants-alliance-global-assembly-2023',
    startDate: '2023-11-30',
    summary: {
      en: 'More than 150 delegates from 28 countries, representing 111 organisations, met in Bangkok to discuss global migration trends and the issues migrant workers face in each region. The gathering was also the 5th general assembly of the International Migrants Alliance, founded in June 2008 as the first global alliance of, for and led by grassroots migrants: it welcomed new member organisations, adopted resolutions and elected new officers. The Canadian delegation, which included the Immigrant Workers Centre, reported on pressing issues for migrants and refugees in Canada, among them regularization and violence against migrant women.',
      fr: 'Plus de 150 personnes déléguées de 28 pays, représentant 111 organisations, se sont réunies à Bangkok pour discuter des grandes tendances migratoires et des enjeux que vivent les travailleuses et travailleurs migrants dans chaque région. La rencontre était aussi la 5e assemblée générale de l’International Migrants Alliance, fondée en juin 2008, première alliance mondiale de personnes migrantes de la base, dirigée par elles et pour elles : elle a accueilli de nouvelles organisations membres, adopté des résolutions et élu une nouvelle équipe de direction. La délégation canadienne, dont faisait partie le Centre des travailleurs et travailleuses immigrants, a fait état des enjeux les plus pressants pour les personnes migrantes et réfugiées au Canada, dont la régularisation et la violence envers les femmes migrantes.',
    },
  },
  {
    endDate: '2009-02-06',
    name: {
      en: 'International Parliamentary Conference on International Migration and Human Trafficking: Maximizing Benefits, Overcoming Challenges',
      fr: 'Conférence parlementaire internationale sur la migration internationale et la traite des personnes : maximiser les avantages, surmonter les défis',
    },
    organiser: 'U.K. Branch of the Commonwealth Parliamentary Association',
    place: 'Houses of Parliament, London, United Kingdom',
    slug: 'international-migration-and-human-trafficking-2009',
    startDate: '2009-02-02',
    summary: {
      en: 'Forty-eight parliamentarians representing 29 parliaments of Commonwealth and other countries met to learn how to hold their governments to account on managing migration for the benefit of all and on curbing human trafficking. Twelve workshops explored four themes: migration and development, coherent migration policy, curbing human trafficking and protecting migrants, and integrating migrant and settled communities. The closing communiqué urged governments to put the human rights of migrants at the heart of migration and anti-trafficking policy and to ratify the 1990 UN convention on the rights of migrant workers and their families. Senators Raynell Andreychuk and Mobina Jaffer represented the Canadian Branch.',
      fr: 'Quarante-huit parlementaires représentant 29 parlements du Commonwealth et d’autres pays se sont réunis pour mieux demander des comptes à leurs gouvernements sur une gestion des migrations qui profite à toutes et à tous et sur la lutte contre la traite des personnes. Douze ateliers ont porté sur quatre thèmes : migration et développement, cohérence des politiques migratoires, lutte contre la traite et protection des personnes migrantes, et intégration des communautés migrantes et établies. Le communiqué final exhorte les gouvernements à placer les droits fondamentaux des personnes migrantes au cœur des politiques de migration et de lutte contre la traite, et à ratifier la convention de l’ONU de 1990 sur les droits des travailleurs migrants et des membres de leur famille. Les sénatrices Raynell Andreychuk et Mobina Jaffer y représentaient la section canadienne.',
    },
  },
]
