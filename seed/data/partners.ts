import type { SeedInput } from '../schema'

// The Alliance's four regional partners and their websites, as listed in the organisation's own documents.
export const partners: SeedInput['partners'] = [
  {
    description: {
      en: 'A Vancouver non-profit that offers legal advocacy and education to migrant workers in British Columbia. The Migrant Workers Centre coordinates the Alliance for Gender Justice in Migration and is its regional partner for British Columbia.',
      fr: 'Organisme sans but lucratif de Vancouver qui offre de la défense juridique et de l’éducation aux travailleuses et travailleurs migrants de la Colombie-Britannique. Le Migrant Workers Centre coordonne l’Alliance pour la justice de genre dans la migration et en est le partenaire régional en Colombie-Britannique.',
    },
    organisation: 'Migrant Workers Centre',
    region: 'BC',
    website: 'https://mwcbc.ca/',
  },
  {
    description: {
      en: 'The Manitoba Federation of Labour’s Occupational Health Centre works for healthy and safe workplaces through workshops, training and support for workers. It is the Alliance’s regional partner for Manitoba.',
      fr: 'Le centre de santé au travail de la Fédération du travail du Manitoba œuvre pour des milieux de travail sains et sécuritaires grâce à des ateliers, des formations et du soutien aux travailleuses et travailleurs. Il est le partenaire régional de l’Alliance au Manitoba.',
    },
    organisation: 'MFL Occupational Health Centre',
    region: 'MB',
    website: 'https://ohcmb.ca/',
  },
  {
    description: {
      en: 'A Toronto clinic that offers legal representation, counselling and interpretation to women and gender-diverse survivors of violence. It is the Alliance’s regional partner for Ontario.',
      fr: 'Clinique de Toronto qui offre de la représentation juridique, du counseling et de l’interprétation aux femmes et aux personnes de la diversité de genre qui ont survécu à la violence. Elle est la partenaire régionale de l’Alliance en Ontario.',
    },
    organisation: 'Barbra Schlifer Commemorative Clinic',
    region: 'ON',
    website: 'https://www.schliferclinic.com/',
  },
  {
    description: {
      en: 'A Montréal workers’ centre that defends the rights of immigrant and migrant workers through popular education, organizing and campaigns. It is the Alliance’s regional partner for Quebec, and it was part of the Canadian delegation to the International Migrants Alliance Global Assembly in Bangkok.',
      fr: 'Centre de travailleuses et travailleurs de Montréal qui défend les droits des personnes immigrantes et migrantes par l’éducation populaire, l’organisation collective et des campagnes. Il est le partenaire régional de l’Alliance au Québec et faisait partie de la délégation canadienne à l’Assemblée mondiale de l’International Migrants Alliance, à Bangkok.',
    },
    organisation: 'Immigrant Workers Centre',
    region: 'QC',
    website: 'https://iwc-cti.ca/',
  },
]
