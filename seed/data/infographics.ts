import type { SeedInput } from '../schema'

// One infographic per published statement. The lines are drawn on the picture (seed/images.ts), in
// each language, and also make up its alt text.
export const infographics: SeedInput['infographics'] = [
  {
    colour: '#1b6f6a',
    lines: {
      en: [
        'Status is the foundation of every other right',
        'A permanent path for everyone without status',
        'Recognize care, domestic and informal work',
      ],
      fr: [
        'Le statut est la base de tous les autres droits',
        'Une voie permanente pour toute personne sans statut',
        'Reconnaître le travail de soins, domestique et informel',
      ],
    },
    slug: 'regularization-at-a-glance',
    statement: 'regularization',
    title: { en: 'Regularization at a Glance', fr: 'La régularisation en bref' },
  },
  {
    colour: '#8a3b12',
    lines: {
      en: [
        'Rights on paper are not enough',
        'Proactive inspections, including in private homes',
        'No reprisals against workers who speak up',
      ],
      fr: [
        'Des droits sur papier ne suffisent pas',
        'Des inspections proactives, y compris à domicile',
        'Pas de représailles contre qui dénonce',
      ],
    },
    slug: 'employment-rights-at-a-glance',
    statement: 'employment-rights',
    title: { en: 'Employment Rights at a Glance', fr: 'Les droits liés à l’emploi en bref' },
  },
  {
    colour: '#6b2d6b',
    lines: {
      en: [
        'Health care for everyone, regardless of status',
        'No reporting to immigration for seeking care',
        'Pregnancy must never cost a job or status',
      ],
      fr: [
        'Des soins pour toutes et tous, quel que soit le statut',
        'Aucun signalement à l’immigration pour avoir consulté',
        'Une grossesse ne doit coûter ni emploi ni statut',
      ],
    },
    slug: 'reproductive-justice-at-a-glance',
    statement: 'reproductive-justice',
    title: { en: 'Reproductive Justice at a Glance', fr: 'La justice reproductive en bref' },
  },
  {
    colour: '#a0264a',
    lines: {
      en: [
        'Repeal the sex work ban for temporary residents',
        'Safety and justice, not raids and removals',
        'Sex worker-led groups at the table',
      ],
      fr: [
        'Abolir l’interdiction faite aux personnes au statut temporaire',
        'La sécurité et la justice, pas les descentes',
        'Les groupes de travailleuses du sexe à la table',
      ],
    },
    slug: 'sex-work-and-migration-at-a-glance',
    statement: 'sex-work-and-migration',
    title: { en: 'Sex Work and Migration at a Glance', fr: 'Travail du sexe et migration en bref' },
  },
  {
    colour: '#2d4f8a',
    lines: {
      en: [
        'No one should choose between safety and status',
        'Services for every survivor, no status questions',
        'Permits that never depend on an abuser',
      ],
      fr: [
        'Personne ne devrait choisir entre sécurité et statut',
        'Des services pour toute personne survivante, sans condition',
        'Des permis qui ne dépendent jamais de l’agresseur',
      ],
    },
    slug: 'gender-based-violence-at-a-glance',
    statement: 'gender-based-violence',
    title: {
      en: 'Gender-Based Violence at a Glance',
      fr: 'La violence fondée sur le genre en bref',
    },
  },
  {
    colour: '#5a6b1e',
    lines: {
      en: [
        'One permit, one employer: an open door to abuse',
        'Open work permits for all migrant workers',
        'Permanent residence on arrival',
      ],
      fr: [
        'Un permis, un employeur : la porte ouverte aux abus',
        'Des permis de travail ouverts pour toutes et tous',
        'La résidence permanente dès l’arrivée',
      ],
    },
    slug: 'closed-work-permits-at-a-glance',
    statement: 'closed-work-permits',
    title: { en: 'Closed Work Permits at a Glance', fr: 'Les permis de travail fermés en bref' },
  },
]
