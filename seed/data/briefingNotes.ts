import type { SeedInput } from '../schema'

// One briefing note per published statement (part of each statement's communication toolkit), in
// English; French titles only, like the rest of the toolkit.
export const briefingNotes: SeedInput['briefing-notes'] = [
  {
    body: [
      'Issue: people who have lost status, or never had it, live and work in Canada without protection from exploitation and under the constant threat of removal. Women and gender-diverse people, often in care and domestic work, are especially exposed.',
      'What we ask: a broad and ongoing regularization program with a clear path to permanent residence, designed with a gender lens, affordable, and supported by free community help with applications.',
    ],
    slug: 'briefing-note-regularization',
    statement: 'regularization',
    summary:
      'For policymakers: why a broad, ongoing regularization program is the foundation of safety and rights for women and gender-diverse migrants without status.',
    title: { en: 'Briefing Note: Regularization', fr: 'Note d’information : Régularisation' },
  },
  {
    body: [
      'Issue: migrant workers have employment rights on paper, but complaint-based enforcement, language barriers and the fear of losing their job, housing or status keep many from using them.',
      'What we ask: proactive inspections, including in private homes; protection from reprisals; access to benefits regardless of status; and information in workers’ own languages.',
    ],
    slug: 'briefing-note-employment-rights',
    statement: 'employment-rights',
    summary:
      'For policymakers: how to make employment rights real for migrant women and gender-diverse workers.',
    title: {
      en: 'Briefing Note: Employment Rights',
      fr: 'Note d’information : Droits liés à l’emploi',
    },
  },
  {
    body: [
      'Issue: without provincial health coverage, or while waiting for it, migrants face bills for prenatal care, childbirth, contraception and abortion, and temporary workers fear that a pregnancy will cost them their job or status.',
      'What we ask: public health coverage for everyone from arrival, care without reporting to immigration authorities, and protection for pregnant workers.',
    ],
    slug: 'briefing-note-reproductive-justice',
    statement: 'reproductive-justice',
    summary:
      'For policymakers: what reproductive justice requires for migrants with precarious status.',
    title: {
      en: 'Briefing Note: Reproductive Justice',
      fr: 'Note d’information : Justice reproductive',
    },
  },
  {
    body: [
      'Issue: immigration regulations bar people with temporary status from work in the sex industry, so migrant sex workers who face violence or exploitation avoid help for fear of detention and deportation.',
      'What we ask: repeal the prohibition, stop immigration enforcement against sex workers, and involve sex worker-led organisations in anti-trafficking policy.',
    ],
    slug: 'briefing-note-sex-work-and-migration',
    statement: 'sex-work-and-migration',
    summary:
      'For policymakers: why a rights-based approach keeps migrant sex workers safer than immigration enforcement.',
    title: {
      en: 'Briefing Note: Sex Work and Migration',
      fr: 'Note d’information : Travail du sexe et migration',
    },
  },
  {
    body: [
      'Issue: when status depends on a partner, sponsor or employer, abusers can use it to control survivors, and survivors who seek help risk contact with immigration enforcement.',
      'What we ask: services for every survivor without questions about status, faster and broader permits for survivors, and a firewall between victim services and immigration enforcement.',
    ],
    slug: 'briefing-note-gender-based-violence',
    statement: 'gender-based-violence',
    summary:
      'For policymakers: how precarious status traps survivors of gender-based violence, and how to remove the trap.',
    title: {
      en: 'Briefing Note: Gender-Based Violence',
      fr: 'Note d’information : Violence fondée sur le genre',
    },
  },
  {
    body: [
      'Issue: employer-specific work permits make a worker’s job, housing and legal status depend on one employer, which discourages complaints and makes leaving an abusive job very hard.',
      'What we ask: open work permits for all migrant workers, permanent residence on arrival, and, in the meantime, fast access to open permits for vulnerable workers.',
    ],
    slug: 'briefing-note-closed-work-permits',
    statement: 'closed-work-permits',
    summary:
      'For policymakers: why tying migrant workers to one employer invites abuse, and what should replace closed permits.',
    title: {
      en: 'Briefing Note: Closed Work Permits',
      fr: 'Note d’information : Permis de travail fermés',
    },
  },
]
