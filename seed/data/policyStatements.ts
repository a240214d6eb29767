import type { SeedInput } from '../schema'

// The six statements the Alliance has published, plus Gender-Diverse Migrants, listed as "coming soon"
// on the site. Titles, topics and status come from the Alliance's own documents; the text is a paraphrase of
// the Alliance's positions written for the demo, with no figures. The French is at every stage a
// front end must show (the Alliance's site says "French version coming soon"): Regularization is fully
// translated (French marker `approved`); most have a French title and summary but no French body yet
// (`partial`); Employment Rights had its English summary revised after the French was approved
// (`outdated`); Closed Work Permits has no French yet (`coming_soon`).
export const policyStatements: SeedInput['policy-statements'] = [
  {
    body: [
      'Many women and gender-diverse migrants in Canada live with precarious status or with no status at all. Some arrived on temporary permits that later expired; others lost their status when a sponsorship, a job or a refugee claim came to an end. Their situation is rarely a choice: it is the result of an immigration system with many temporary doors and few permanent ones.',
      'Without status, people cannot safely report abuse by an employer, a landlord or a partner, see a doctor, or enrol their children in school without fear. Gender shapes these risks: women and gender-diverse people often work in care, domestic and service jobs, where isolation and dependence on a single employer are common.',
      'Members of the Alliance, including people with lived experience of precarious migration, tell us that status is the foundation of every other right. Regularization recognizes people who already live, work and care for others in Canada, and lets them build their lives without the constant threat of removal.',
    ],
    recommendations: [
      'Create a broad and ongoing regularization program, open to all undocumented people in Canada, with a clear and simple path to permanent residence.',
      'Design the program with a gender lens: recognize care, domestic and informal work, and do not exclude people because of gaps in employment caused by caregiving, pregnancy or violence.',
      'Keep fees low, offer fee waivers, and protect applicants from immigration enforcement while their application is processed.',
      'Fund community organisations to offer free, confidential and multilingual help with applications.',
    ],
    french: {
      body: [
        'Au Canada, beaucoup de femmes et de personnes migrantes de la diversité de genre ont un statut précaire, ou n’en ont aucun. Certaines sont arrivées avec un permis temporaire qui a expiré; d’autres ont perdu leur statut à la fin d’un parrainage, d’un emploi ou d’une demande d’asile. Ce n’est presque jamais un choix : c’est le produit d’un système d’immigration qui ouvre beaucoup de portes temporaires et très peu de portes permanentes.',
        'Sans statut, il est dangereux de dénoncer un employeur, un propriétaire ou un partenaire violent, de consulter un médecin ou d’inscrire ses enfants à l’école. Le genre accentue ces risques : les femmes et les personnes de la diversité de genre travaillent souvent dans les soins, le travail domestique et les services, où l’isolement et la dépendance envers un seul employeur sont fréquents.',
        'Les membres de l’Alliance, dont des personnes qui ont vécu la migration précaire, le disent : le statut est la base de tous les autres droits. La régularisation reconnaît des personnes qui vivent, travaillent et prennent soin des autres au Canada, et leur permet de bâtir leur vie sans la menace constante d’un renvoi.',
      ],
      recommendations: [
        'Créer un programme de régularisation large et permanent, ouvert à toutes les personnes sans papiers au Canada, avec une voie claire et simple vers la résidence permanente.',
        'Concevoir ce programme avec une perspective de genre : reconnaître le travail de soins, domestique et informel, et ne pas exclure les personnes dont le parcours d’emploi a été interrompu par les soins à un proche, une grossesse ou la violence.',
        'Maintenir des frais bas, prévoir des exemptions et protéger les personnes qui font une demande contre les mesures d’exécution pendant son traitement.',
        'Financer les organismes communautaires pour qu’ils offrent une aide gratuite, confidentielle et multilingue à la préparation des demandes.',
      ],
    },
    slug: 'regularization',
    status: 'published',
    summary: {
      en: 'Women and gender-diverse people without permanent status live and work in Canada with few protections. The Alliance calls for a broad, ongoing regularization program that offers a clear path to permanent residence to everyone living here without secure status.',
      fr: 'Les femmes et les personnes de la diversité de genre sans statut permanent vivent et travaillent au Canada avec très peu de protections. L’Alliance réclame un programme de régularisation large et permanent, qui offre une voie claire vers la résidence permanente à toutes les personnes qui vivent ici sans statut assuré.',
    },
    title: { en: 'Regularization', fr: 'Régularisation' },
    topic: 'regularization',
  },
  {
    body: [
      'Employment standards, health and safety rules and human rights laws protect every worker in Canada. In practice, migrant workers with temporary status or no status struggle to use them: complaint systems depend on the worker coming forward, information is rarely offered in their languages, and a complaint can cost them their job, their housing and their right to stay.',
      'Women and gender-diverse migrants face added risks, such as sexual harassment, unpaid overtime in private homes, and discrimination linked to pregnancy or caregiving. Many work in caregiving, agriculture, food processing, cleaning and hospitality, sectors where inspections are infrequent.',
      'The Alliance’s regional partners hear from workers who put up with unsafe or abusive conditions because they believed they had no choice. A right that cannot be used without risking everything is not a real right.',
    ],
    recommendations: [
      'Fund proactive, unannounced inspections in sectors that rely on migrant workers, including private homes where caregivers work.',
      'Protect workers who file complaints from reprisals, including dismissal, eviction and loss of immigration status.',
      'Give every worker who contributes access to employment insurance, parental benefits and workers’ compensation, regardless of status.',
      'Provide information on workplace rights in workers’ own languages, through community organisations they trust.',
    ],
    revisedSummary:
      'Migrant women and gender-diverse workers often cannot use the employment rights they have on paper. The Alliance calls for proactive enforcement, protection from reprisals, access to benefits regardless of immigration status, and information on rights in workers’ own languages.',
    slug: 'employment-rights',
    status: 'published',
    summary: {
      en: 'Migrant women and gender-diverse workers often cannot use the employment rights they have on paper. The Alliance calls for proactive enforcement, protection from reprisals, and access to benefits regardless of immigration status.',
      fr: 'Bien souvent, les travailleuses migrantes et les personnes migrantes de la diversité de genre ne peuvent pas exercer les droits que la loi leur reconnaît au travail. L’Alliance demande une application proactive des normes, une protection contre les représailles et l’accès aux prestations, quel que soit le statut d’immigration.',
    },
    title: { en: 'Employment Rights', fr: 'Droits liés à l’emploi' },
    topic: 'employment-rights',
  },
  {
    body: [
      'Reproductive justice, a framework developed by Black women in the United States, goes beyond the right to choose. It asks whether people have what they need to decide freely whether and when to have children, and to raise them in safe and healthy communities.',
      'Many migrants in Canada have no provincial health coverage, or must wait before it begins. Prenatal care, childbirth, contraception and abortion can then come with bills that people cannot pay. Workers on temporary permits also fear that a pregnancy will cost them their job or their chance to stay in Canada.',
      'The Alliance centres the voices of women and gender-diverse migrants who have gone through pregnancy, parenthood and health care with precarious status. Their experience shows that reproductive health cannot be separated from immigration and labour policy.',
    ],
    recommendations: [
      'Provide public health coverage, including sexual and reproductive health care, to everyone living in Canada from arrival, regardless of immigration status.',
      'Make sure no one is reported to immigration authorities for seeking health care, and that clinics say so clearly.',
      'Protect temporary workers from dismissal, removal or loss of status because of pregnancy, and give them access to maternity and parental benefits.',
    ],
    slug: 'reproductive-justice',
    status: 'published',
    summary: {
      en: 'Reproductive justice is the right to have children, not to have children, and to parent in safety and dignity. For migrants with precarious status, these rights depend on health coverage, income and immigration rules. The Alliance calls for access to sexual and reproductive health care for everyone, regardless of status.',
      fr: 'La justice reproductive, c’est le droit d’avoir des enfants, de ne pas en avoir et de les élever dans la sécurité et la dignité. Pour les personnes migrantes au statut précaire, ces droits dépendent de la couverture santé, du revenu et des règles d’immigration. L’Alliance réclame l’accès aux soins de santé sexuelle et reproductive pour toutes et tous, quel que soit le statut.',
    },
    title: { en: 'Reproductive Justice', fr: 'Justice reproductive' },
    topic: 'reproductive-justice',
  },
  {
    body: [
      'Canada’s immigration regulations bar people with temporary status from working for businesses connected to the sex industry, and a breach can lead to loss of status and removal. Immigration law therefore treats migrant sex workers as offenders, whatever their circumstances.',
      'This approach protects no one. Migrant sex workers who face violence, theft or exploitation avoid the police and support services for fear of detention or deportation. Treating sex work as if it were human trafficking also draws attention away from the labour exploitation that trafficked people actually experience.',
      'The Alliance supports the self-determination of migrant sex workers and listens to organisations led by sex workers. People who sell sexual services should have the same access to safety, justice and labour rights as other workers.',
    ],
    recommendations: [
      'Repeal the provisions of the immigration regulations that bar people with temporary status from work in the sex industry.',
      'Stop using immigration enforcement, including raids, detention and removal, as a response to sex work.',
      'Make sure migrant sex workers can report violence and exploitation, and use support services, without any risk to their status.',
      'Involve organisations led by sex workers and migrants in the design of anti-trafficking policy.',
    ],
    slug: 'sex-work-and-migration',
    status: 'published',
    summary: {
      en: 'Immigration rules bar people with temporary status from work in the sex industry, which pushes migrant sex workers away from protection. The Alliance calls for the repeal of these rules and for an approach based on rights, not enforcement.',
      fr: 'Les règles d’immigration interdisent aux personnes ayant un statut temporaire de travailler dans l’industrie du sexe, ce qui éloigne les travailleuses et travailleurs du sexe migrants de toute protection. L’Alliance demande l’abrogation de ces règles et une approche fondée sur les droits plutôt que sur la répression.',
    },
    title: { en: 'Sex Work and Migration', fr: 'Travail du sexe et migration' },
    topic: 'sex-work-and-migration',
  },
  {
    body: [
      'Gender-based violence reaches migrants at home, at work and in their communities. When a person’s status depends on a spouse, a sponsor or an employer, that dependence can become a tool of control: threats of deportation, confiscated documents and isolation keep survivors silent.',
      'Survivors with precarious status meet barriers at every step. Some shelters and services ask about status or eligibility for funding, legal help is hard to find, and calling the police can lead to contact with immigration enforcement. Language barriers and the fear of losing custody of their children add to the risks.',
      'Members of the Alliance who support survivors, including frontline legal clinics, describe people who stayed in danger because leaving could mean losing their right to remain in Canada. No one should have to choose between safety and status.',
    ],
    recommendations: [
      'Guarantee access to shelters, counselling, legal aid and health care for every survivor, without questions about immigration status.',
      'Make permits for survivors of family violence faster and easier to obtain, and extend them to survivors of violence by employers and to gender-diverse people in every kind of relationship.',
      'Separate police and victim services from immigration enforcement so that survivors can seek help safely.',
      'Fund culturally specific, multilingual services led by migrant and racialized women and gender-diverse people.',
    ],
    slug: 'gender-based-violence',
    status: 'published',
    summary: {
      en: 'Precarious immigration status makes it harder to escape violence and easier for abusers to exert control. The Alliance calls for protection, services and permits for survivors that do not depend on a partner, an employer or a particular immigration status.',
      fr: 'Le statut d’immigration précaire rend plus difficile de fuir la violence et plus facile pour l’agresseur d’exercer son contrôle. L’Alliance réclame, pour les personnes survivantes, une protection, des services et des permis qui ne dépendent ni d’un partenaire, ni d’un employeur, ni d’un statut d’immigration particulier.',
    },
    title: { en: 'Gender-Based Violence', fr: 'Violence fondée sur le genre' },
    topic: 'gender-based-violence',
  },
  {
    body: [
      'An employer-specific, or closed, work permit allows a migrant worker to work only for the employer named on it. Changing jobs means finding a new employer willing to go through the approval process and waiting for a new permit, often without income and sometimes without housing, since the employer frequently provides it.',
      'This arrangement gives employers enormous power. Workers who complain about unpaid wages, unsafe conditions or harassment risk losing their job and, with it, their legal status in Canada. Women in caregiving and farm work, who may live in the employer’s home or on the farm, are especially isolated.',
      'The open work permit for vulnerable workers helps, but only after abuse has happened, and survivors must prove it. The Alliance believes the answer is to remove the tie to a single employer from the start.',
    ],
    recommendations: [
      'Replace employer-specific work permits with open work permits for all migrant workers.',
      'Grant permanent residence on arrival to migrant workers who come to meet ongoing labour needs.',
      'Until closed permits are abolished, process open work permits for vulnerable workers quickly and without an undue burden of proof.',
      'Stop requiring workers to live in housing provided by their employer, and enforce housing standards where they do.',
    ],
    slug: 'closed-work-permits',
    status: 'published',
    summary: {
      en: 'Closed work permits tie migrant workers to a single employer, which makes it very hard to leave an abusive job. The Alliance calls for open work permits and permanent residence on arrival for migrant workers.',
    },
    title: { en: 'Closed Work Permits' },
    topic: 'closed-work-permits',
  },
  {
    body: [
      'This policy position statement is in preparation. It is being developed with gender-diverse migrants and the organisations that support them, in keeping with the Alliance’s commitment to centre the voices of people with lived experience.',
      'Early discussions point to identity documents that do not reflect a person’s gender, unsafe conditions in immigration detention, and barriers to health care and shelters as key issues.',
    ],
    recommendations: [
      'Make sure immigration forms, documents and processes recognize each person’s gender identity.',
      'House gender-diverse people in immigration detention safely and in line with their gender identity, while working toward an end to immigration detention.',
    ],
    slug: 'gender-diverse-migrants',
    // Listed as "coming soon" on the Alliance's site: readers get this stub (title, slug, topic, summary) while the text is written.
    status: 'announced',
    summary: {
      en: 'The Alliance is preparing a seventh policy position statement, on gender-diverse migrants with precarious immigration status in Canada. Like the six before it, it will centre the voices of people with lived experience of precarious migration.',
      fr: 'L’Alliance prépare un septième énoncé de position, consacré aux personnes migrantes de la diversité de genre au statut d’immigration précaire au Canada. Comme les six précédents, il mettra au centre la voix des personnes ayant une expérience vécue de la migration précaire.',
    },
    title: { en: 'Gender-Diverse Migrants', fr: 'Personnes migrantes de la diversité de genre' },
    topic: 'gender-diverse-migrants',
  },
]
