import type { SeedInput } from '../schema'

// Sessions of the 3rd National Annual Conference. The source says recordings exist but lists none, so
// titles and speakers describe roles, not people, and the video ids are obvious placeholders.
const CONFERENCE = '3rd-national-annual-conference'
const ALLIANCE = 'Alliance for Gender Justice in Migration'

export const conferenceRecordings: SeedInput['conference-recordings'] = [
  {
    conference: CONFERENCE,
    durationMinutes: 45,
    recordedOn: '2024-03-20',
    slug: 'opening-plenary-three-years-of-the-alliance',
    speakers: [
      { affiliation: ALLIANCE, name: 'National Coordinating Committee' },
      { affiliation: 'Migrant Workers Centre', name: 'Alliance coordinator' },
    ],
    summary: {
      en: 'The conference opens with a look back at the Alliance’s work since it was founded in 2021: a national network of organisations and members, six policy position statements, and communication toolkits for advocacy and self-advocacy.',
      fr: 'La conférence s’ouvre sur un retour sur le travail de l’Alliance depuis sa fondation en 2021 : un réseau national d’organisations et de membres, six énoncés de position et des trousses de communication pour appuyer la défense des droits et l’autoreprésentation.',
    },
    title: {
      en: 'Opening Plenary: Three Years of the Alliance',
      fr: 'Plénière d’ouverture : trois ans d’Alliance',
    },
    videoUrl: 'https://www.youtube.com/embed/placeholder01',
  },
  {
    conference: CONFERENCE,
    durationMinutes: 75,
    recordedOn: '2024-03-20',
    slug: 'regional-perspectives-panel-of-regional-partners',
    speakers: [
      { affiliation: 'Migrant Workers Centre', name: 'Regional partner, British Columbia' },
      { affiliation: 'MFL Occupational Health Centre', name: 'Regional partner, Manitoba' },
      { affiliation: 'Barbra Schlifer Commemorative Clinic', name: 'Regional partner, Ontario' },
      { affiliation: 'Immigrant Workers Centre', name: 'Regional partner, Quebec' },
    ],
    summary: {
      en: 'The four regional partners describe the trends their regional coordinating committees have identified, the challenges women and gender-diverse migrants raise with them, and the advocacy under way in each province.',
      fr: 'Les quatre partenaires régionaux présentent les tendances relevées par leurs comités régionaux de coordination, les difficultés que leur signalent les femmes et les personnes migrantes de la diversité de genre, et les actions de défense des droits menées dans chaque province.',
    },
    title: {
      en: 'Regional Perspectives: Panel of Regional Partners',
      fr: 'Regards régionaux : table ronde des partenaires régionaux',
    },
    videoUrl: 'https://www.youtube.com/embed/placeholder02',
  },
  {
    conference: CONFERENCE,
    durationMinutes: 60,
    recordedOn: '2024-03-21',
    slug: 'closed-work-permits-and-employment-rights-lived-experience',
    speakers: [
      { name: 'Panel of migrant workers with lived experience' },
      { affiliation: 'Migrant Workers Centre', name: 'Legal advocate' },
    ],
    summary: {
      en: 'Migrant workers speak about working on closed permits, and a legal advocate explains what employment rights exist on paper and why they are hard to use. The session draws on the Alliance’s statements on closed work permits and employment rights.',
      fr: 'Des travailleuses et travailleurs migrants parlent de leur expérience avec un permis de travail fermé, et une personne intervenante du Migrant Workers Centre explique quels droits existent sur papier et pourquoi il est si difficile de les exercer. La séance s’appuie sur les énoncés de l’Alliance sur les permis de travail fermés et les droits liés à l’emploi.',
    },
    title: {
      en: 'Closed Work Permits and Employment Rights: Lived Experience',
      fr: 'Permis de travail fermés et droits liés à l’emploi : expériences vécues',
    },
    videoUrl: 'https://www.youtube.com/embed/placeholder03',
  },
  {
    conference: CONFERENCE,
    durationMinutes: 50,
    recordedOn: '2024-03-21',
    slug: 'sustaining-collective-impact',
    speakers: [{ affiliation: ALLIANCE, name: 'National Coordinating Committee' }],
    summary: {
      en: 'The closing session presents the Alliance’s sustainability plan: sharing its research and resources, supporting regional and national advocacy, raising public awareness, and working with organisations at every level beyond the current funding period.',
      fr: 'La séance de clôture présente le plan de pérennité de l’Alliance : diffuser ses recherches et ses ressources, soutenir la défense des droits à l’échelle régionale et nationale, sensibiliser le public et collaborer avec des organisations de tous les niveaux au-delà de la période de financement actuelle.',
    },
    title: {
      en: 'Sustaining Our Collective Impact',
      fr: 'Pérenniser notre impact collectif',
    },
    videoUrl: 'https://www.youtube.com/embed/placeholder04',
  },
]
