import { defineStrings } from './define'

/**
 * Strings of Payload's own admin the app overrides in French: Payload's "Republier" for
 * "Revert to published" reads as "publish again", the opposite of what the button does.
 */
export const payloadOverrides = {
  en: { version: { revertToPublished: 'Discard draft (back to published)' } },
  fr: { version: { revertToPublished: 'Abandonner le brouillon (revenir à la version publiée)' } },
}

/** The app's own refusals at save and submit (keys start with `error`). */
export const appStrings = defineStrings(
  {
    errorNotReady:
      'Not ready for review: {{fields}}. Fix these in English and save, then submit again.',
    errorAltRequired:
      'Alt text is required in English for images: describe what the image shows for screen-reader users.',
    errorEndBeforeStart:
      'End date is before the start date: set an end date on or after the start.',
    errorRequiredInEnglish: '{{label}} is required in English: {{hint}}.',
    errorUploadMissing: '{{label}}: media {{id}} does not exist; upload {{wants}}.',
    errorUploadRequired: '{{label}} is required in English: upload {{wants}}.',
    errorUploadType: '{{label}} must be {{wants}}; "{{filename}}" is {{type}}.',
    errorUploadUnknownType: 'of unknown type',
    errorVideoHost: 'Video host "{{host}}" is not allowed: use a link from {{hosts}}.',
    errorVideoHttps: 'Video URL must use https (got {{protocol}}): use the https:// link.',
    errorVideoNotUrl: 'Video URL "{{value}}" is not a web address: paste a full https:// link.',
    errorVideoRequired: 'Video URL is required: paste the https address of the recording.',
    errorWebsiteHttps: 'Website "{{value}}" must use https: use the https:// address.',
    errorWebsiteNotUrl: 'Website "{{value}}" is not a web address: paste a full https:// link.',
    hintDescribePicture: 'describe everything the picture says',
    hintFillIn: 'fill it in',
    errorSlugFormat:
      'Slug "{{slug}}" may hold only lowercase letters, digits and single hyphens, e.g. "closed-work-permits".',
    errorSlugRequired: 'Slug is required in English: type one or fill in the title.',
    errorSlugTaken:
      'Slug "{{slug}}" is already used in {{language}} by another document: choose a different slug.',
    errorStale:
      'This document was changed by {{who}} at {{time}} since you loaded it: reload to see their changes, then save again.',
    errorStaleDate:
      'updatedAt must be the date the document had when you loaded it (its updatedAt).',
    errorStateChanged:
      'This document changed state while you were saving: reload it and save again.',
    errorTranslatorLocale:
      'Translators write {{languages}} only: open the document in {{language}} and save the translation there.',
    errorTranslatorShared:
      'Translators cannot change {{fields}}: these fields are shared by all languages and belong to the {{source}} version. Ask an editor.',
    errorExternalFetch:
      'Media does not fetch files from URLs (here "{{url}}"); external URLs, and above all addresses on private networks, are not allowed: download the file and upload it instead.',
    errorFileMissing:
      'The file "{{filename}}" is missing from the media storage: upload it again on its media document.',
    errorMediaBytesAfter:
      '"{{name}}" has {{count}} bytes after the end of the {{kind}} image{{markup}}: open the image in an image editor, export it again as a new file and upload that.',
    errorMediaBytesHoldMarkup: ', and they hold HTML or script markup',
    errorMediaExtension:
      '"{{name}}" is {{type}}, not {{expected}}: rename it "{{renamed}}" and upload again.',
    errorMediaExtensionFile: 'a .{{extension}} file',
    errorMediaMarkup:
      '"{{name}}" is SVG or other markup, which can carry scripts: upload a PNG, WebP or PDF instead.',
    errorMediaMarkupInside:
      '"{{name}}" holds HTML or script markup ("{{marker}}") inside the image data: open the image in an image editor, export it again without comments or metadata and upload that.',
    errorMediaName:
      'The file "{{name}}" is not a plain file name (it has a folder path, an encoded slash, a control character or a leading dot): rename the file to e.g. "{{plain}}" and upload again.',
    errorMediaNoExtension: 'a file without extension',
    errorMediaNotWebvtt:
      '"{{name}}" is not WebVTT: a captions file must start with the line "WEBVTT".',
    errorMediaPixels:
      '"{{name}}" is {{width}}×{{height}} pixels ({{megapixels}} MP); the limit is {{limit}} MP: resize it and upload again.',
    errorMediaSentType:
      '"{{name}}" was sent as {{sent}} but is {{type}}: upload the file as it is, without changing its type ({{mime}}).',
    errorMediaTooLarge:
      '"{{name}}" is {{size}}; the limit is {{limit}}: compress it and upload again.',
    errorMediaUnreadable:
      '"{{name}}" is not a readable PNG, JPEG, WebP or AVIF image: export it again.',
    mediaTypeAvif: 'an AVIF image',
    mediaTypeJpeg: 'a JPEG image',
    mediaTypePdf: 'a PDF document',
    mediaTypePng: 'a PNG image',
    mediaTypeVtt: 'a WebVTT captions file',
    mediaTypeWebp: 'a WebP image',
  },
  {
    errorNotReady:
      'Pas prêt pour la relecture : {{fields}}. Corrigez ces champs en anglais, enregistrez, puis soumettez à nouveau.',
    errorAltRequired:
      'Le texte alternatif est obligatoire en anglais pour les images : décrivez ce que montre l’image pour les personnes qui utilisent un lecteur d’écran.',
    errorEndBeforeStart:
      'La date de fin précède la date de début : choisissez une date de fin égale ou postérieure au début.',
    errorRequiredInEnglish: '{{label}} : obligatoire en anglais ; {{hint}}.',
    errorUploadMissing: '{{label}} : le média {{id}} n’existe pas ; téléversez {{wants}}.',
    errorUploadRequired: '{{label}} : obligatoire en anglais ; téléversez {{wants}}.',
    errorUploadType: '{{label}} doit être {{wants}} ; « {{filename}} » est de type {{type}}.',
    errorUploadUnknownType: 'inconnu',
    errorVideoHost:
      'L’hébergeur vidéo « {{host}} » n’est pas autorisé : utilisez un lien de {{hosts}}.',
    errorVideoHttps:
      'L’URL de la vidéo doit utiliser https (et non {{protocol}}) : utilisez le lien https://.',
    errorVideoNotUrl:
      'L’URL de la vidéo « {{value}} » n’est pas une adresse web : collez un lien https:// complet.',
    errorVideoRequired:
      'L’URL de la vidéo est obligatoire : collez l’adresse https de l’enregistrement.',
    errorWebsiteHttps:
      'Le site web « {{value}} » doit utiliser https : utilisez l’adresse https://.',
    errorWebsiteNotUrl:
      'Le site web « {{value}} » n’est pas une adresse web : collez un lien https:// complet.',
    hintDescribePicture: 'décrivez tout ce que dit l’image',
    hintFillIn: 'remplissez-le',
    errorSlugFormat:
      'Le slug « {{slug}} » ne peut contenir que des minuscules, des chiffres et des tirets simples, par exemple « permis-de-travail-fermes ».',
    errorSlugRequired:
      'Le slug est obligatoire en anglais : saisissez-en un ou remplissez le titre.',
    errorSlugTaken:
      'Le slug « {{slug}} » est déjà utilisé en {{language}} par un autre document : choisissez-en un autre.',
    errorStale:
      'Ce document a été modifié par {{who}} le {{time}} depuis que vous l’avez ouvert : rechargez-le pour voir ses modifications, puis enregistrez à nouveau.',
    errorStaleDate:
      'updatedAt doit être la date qu’avait le document quand vous l’avez ouvert (son updatedAt).',
    errorStateChanged:
      'Ce document a changé d’état pendant votre enregistrement : rechargez-le et enregistrez à nouveau.',
    errorTranslatorLocale:
      'Les traducteurs n’écrivent qu’en {{languages}} : ouvrez le document en {{language}} et enregistrez-y la traduction.',
    errorTranslatorShared:
      'Les traducteurs ne peuvent pas modifier {{fields}} : ces champs sont communs à toutes les langues et relèvent de la version en {{source}}. Demandez à un rédacteur ou une rédactrice.',
    errorExternalFetch:
      'La médiathèque ne récupère pas de fichiers depuis une URL (ici « {{url}} ») ; les URL externes, et surtout les adresses de réseaux privés, ne sont pas autorisées : téléchargez le fichier, puis téléversez-le.',
    errorFileMissing:
      'Le fichier « {{filename}} » est absent du stockage des médias : téléversez-le à nouveau dans son document média.',
    errorMediaBytesAfter:
      '« {{name}} » contient {{count}} octets après la fin de l’image {{kind}}{{markup}} : ouvrez l’image dans un logiciel de retouche, exportez-la dans un nouveau fichier et téléversez celui-ci.',
    errorMediaBytesHoldMarkup: ', qui contiennent du balisage HTML ou un script',
    errorMediaExtension:
      '« {{name}} » est {{type}}, et non {{expected}} : renommez-le « {{renamed}} » et téléversez-le à nouveau.',
    errorMediaExtensionFile: 'un fichier .{{extension}}',
    errorMediaMarkup:
      '« {{name}} » est du SVG ou un autre langage à balises, qui peut contenir des scripts : téléversez plutôt un PNG, un WebP ou un PDF.',
    errorMediaMarkupInside:
      '« {{name}} » contient du balisage HTML ou un script (« {{marker}} ») dans les données de l’image : ouvrez l’image dans un logiciel de retouche, exportez-la sans commentaires ni métadonnées et téléversez le nouveau fichier.',
    errorMediaName:
      'Le nom « {{name}} » n’est pas un simple nom de fichier (il contient un chemin de dossier, une barre oblique encodée, un caractère de contrôle ou commence par un point) : renommez le fichier, par exemple « {{plain}} », et téléversez-le à nouveau.',
    errorMediaNoExtension: 'un fichier sans extension',
    errorMediaNotWebvtt:
      '« {{name}} » n’est pas au format WebVTT : un fichier de sous-titres doit commencer par la ligne « WEBVTT ».',
    errorMediaPixels:
      '« {{name}} » mesure {{width}} × {{height}} pixels ({{megapixels}} Mpx) ; la limite est de {{limit}} Mpx : réduisez les dimensions de l’image et téléversez-la à nouveau.',
    errorMediaSentType:
      '« {{name}} » a été envoyé comme {{sent}}, mais c’est {{type}} : téléversez le fichier tel quel, sans changer son type ({{mime}}).',
    errorMediaTooLarge:
      '« {{name}} » pèse {{size}} ; la limite est de {{limit}} : compressez-le et téléversez-le à nouveau.',
    errorMediaUnreadable:
      '« {{name}} » n’est pas une image PNG, JPEG, WebP ou AVIF lisible : exportez-la à nouveau.',
    mediaTypeAvif: 'une image AVIF',
    mediaTypeJpeg: 'une image JPEG',
    mediaTypePdf: 'un document PDF',
    mediaTypePng: 'une image PNG',
    mediaTypeVtt: 'un fichier de sous-titres WebVTT',
    mediaTypeWebp: 'une image WebP',
  },
)

/**
 * The app's own collection, field, option and group labels, in both admin languages (Payload reads
 * `label: { en, fr }` from config). Used through `appLabel(key)` in collections/.
 */
export const appLabels = defineStrings(
  {
    groupEvents: 'Events',
    groupLibrary: 'Library',
    groupOrganisation: 'Organisation',
    groupPublications: 'Publications',
    briefingNote: 'Briefing note',
    briefingNotes: 'Briefing notes',
    conference: 'Conference',
    conferences: 'Conferences',
    conferenceRecording: 'Conference recording',
    conferenceRecordings: 'Conference recordings',
    infographic: 'Infographic',
    infographics: 'Infographics',
    mediaItem: 'Media file',
    mediaItems: 'Media',
    partner: 'Partner',
    partners: 'Partners',
    policyStatement: 'Policy statement',
    policyStatements: 'Policy statements',
    user: 'User',
    users: 'Users',
    affiliation: 'Affiliation',
    alt: 'Alt text',
    altDescription: 'Required in English for images.',
    altText: 'Alt text',
    altTextDescription: 'Everything the picture says, for readers who cannot see it.',
    body: 'Body',
    captions: 'Captions',
    credit: 'Credit',
    description: 'Description',
    durationMinutes: 'Duration (minutes)',
    durationMinutesDescription: 'Length of the recording in minutes.',
    endDate: 'End date',
    image: 'Image',
    language: 'E-mail language',
    name: 'Name',
    organisation: 'Organisation',
    organiser: 'Organiser',
    pdf: 'PDF',
    place: 'Place',
    recommendation: 'Recommendation',
    recommendations: 'Recommendations',
    recommendationText: 'Text',
    recordedOn: 'Recorded on',
    region: 'Region',
    roles: 'Roles',
    rolesDescription: 'Several roles are allowed, e.g. editor and translator.',
    slug: 'Slug',
    slugDescription: 'Part of the page address; filled from the title when left empty.',
    slugDescriptionName: 'Part of the page address; filled from the name when left empty.',
    speaker: 'Speaker',
    speakers: 'Speakers',
    startDate: 'Start date',
    statement: 'Policy statement',
    statementPdf: 'Statement PDF',
    summary: 'Summary',
    title: 'Title',
    topic: 'Topic',
    transcript: 'Transcript',
    videoUrl: 'Video URL',
    videoUrlDescription: 'https link from {{hosts}}.',
    website: 'Website',
    wantsImage: 'a PNG, JPEG, WebP or AVIF image',
    wantsPdf: 'a PDF file',
    wantsVtt: 'a WebVTT (.vtt) file',
    roleAdmin: 'Admin',
    roleEditor: 'Editor',
    roleReviewer: 'Reviewer',
    roleTranslator: 'Translator',
    topicClosedWorkPermits: 'Closed Work Permits',
    topicEmploymentRights: 'Employment Rights',
    topicGenderBasedViolence: 'Gender-Based Violence',
    topicGenderDiverseMigrants: 'Gender-Diverse Migrants',
    topicRegularization: 'Regularization',
    topicReproductiveJustice: 'Reproductive Justice',
    topicSexWorkAndMigration: 'Sex Work and Migration',
    regionAB: 'Alberta',
    regionBC: 'British Columbia',
    regionMB: 'Manitoba',
    regionNational: 'National',
    regionON: 'Ontario',
    regionQC: 'Quebec',
    fileLanguage: 'Language',
    fileLanguageDescription:
      'The language of what the file says (captions, PDF text, words in an image). Set to the language the file was uploaded in; empty when it has none (a photo, a logo).',
    localeEn: 'English',
    localeFr: 'French',
  },
  {
    groupEvents: 'Événements',
    groupLibrary: 'Médiathèque',
    groupOrganisation: 'Organisation',
    groupPublications: 'Publications',
    briefingNote: 'Note d’information',
    briefingNotes: 'Notes d’information',
    conference: 'Conférence',
    conferences: 'Conférences',
    conferenceRecording: 'Enregistrement de conférence',
    conferenceRecordings: 'Enregistrements de conférences',
    infographic: 'Infographie',
    infographics: 'Infographies',
    mediaItem: 'Fichier média',
    mediaItems: 'Médias',
    partner: 'Partenaire',
    partners: 'Partenaires',
    policyStatement: 'Prise de position',
    policyStatements: 'Prises de position',
    user: 'Utilisateur',
    users: 'Utilisateurs',
    affiliation: 'Affiliation',
    alt: 'Texte alternatif',
    altDescription: 'Obligatoire en anglais pour les images.',
    altText: 'Texte alternatif',
    altTextDescription: 'Tout ce que dit l’image, pour les lecteurs qui ne peuvent pas la voir.',
    body: 'Corps du texte',
    captions: 'Sous-titres',
    credit: 'Crédit',
    description: 'Description',
    durationMinutes: 'Durée (minutes)',
    durationMinutesDescription: 'Durée de l’enregistrement en minutes.',
    endDate: 'Date de fin',
    image: 'Image',
    language: 'Langue des e-mails',
    name: 'Nom',
    organisation: 'Organisme',
    organiser: 'Organisateur',
    pdf: 'PDF',
    place: 'Lieu',
    recommendation: 'Recommandation',
    recommendations: 'Recommandations',
    recommendationText: 'Texte',
    recordedOn: 'Enregistré le',
    region: 'Région',
    roles: 'Rôles',
    rolesDescription: 'Plusieurs rôles sont possibles, par exemple rédaction et traduction.',
    slug: 'Slug',
    slugDescription:
      'Partie de l’adresse de la page ; remplie à partir du titre si elle est laissée vide.',
    slugDescriptionName:
      'Partie de l’adresse de la page ; remplie à partir du nom si elle est laissée vide.',
    speaker: 'Intervenant·e',
    speakers: 'Intervenant·es',
    startDate: 'Date de début',
    statement: 'Prise de position',
    statementPdf: 'PDF de la prise de position',
    summary: 'Résumé',
    title: 'Titre',
    topic: 'Thème',
    transcript: 'Transcription',
    videoUrl: 'URL de la vidéo',
    videoUrlDescription: 'Lien https de {{hosts}}.',
    website: 'Site web',
    wantsImage: 'une image PNG, JPEG, WebP ou AVIF',
    wantsPdf: 'un fichier PDF',
    wantsVtt: 'un fichier WebVTT (.vtt)',
    roleAdmin: 'Administration',
    roleEditor: 'Rédaction',
    roleReviewer: 'Relecture',
    roleTranslator: 'Traduction',
    topicClosedWorkPermits: 'Permis de travail fermés',
    topicEmploymentRights: 'Droits du travail',
    topicGenderBasedViolence: 'Violence fondée sur le genre',
    topicGenderDiverseMigrants: 'Personnes migrantes de la diversité de genre',
    topicRegularization: 'Régularisation',
    topicReproductiveJustice: 'Justice reproductive',
    topicSexWorkAndMigration: 'Travail du sexe et migration',
    regionAB: 'Alberta',
    regionBC: 'Colombie-Britannique',
    regionMB: 'Manitoba',
    regionNational: 'National',
    regionON: 'Ontario',
    regionQC: 'Québec',
    fileLanguage: 'Langue',
    fileLanguageDescription:
      'La langue de ce que dit le fichier (sous-titres, texte du PDF, mots d’une image). Remplie avec la langue dans laquelle le fichier a été téléversé ; vide s’il n’en a pas (photo, logo).',
    localeEn: 'Anglais',
    localeFr: 'Français',
  },
)

export type AppLabelKey = keyof typeof appLabels.en

/** A label in both admin languages for config: `label: appLabel('title')`. */
export const appLabel = (
  key: AppLabelKey,
  vars: Record<string, string> = {},
): { en: string; fr: string } => {
  const fill = (text: string) => text.replace(/{{(\w+)}}/g, (_, name: string) => vars[name] ?? '')
  return { en: fill(appLabels.en[key]), fr: fill(appLabels.fr[key]) }
}
