import { defineStrings } from './define'

/** The workflow panel, its buttons, the document views (keys start with `panel`) and the plugin's fields (`field`). */
export const adminStrings = defineStrings(
  {
    fieldAlternates: 'Published addresses',
    fieldAlternatesDescription: 'The address (slug) readers can follow in each language.',
    fieldDelivery: 'Published translation',
    fieldDeliveryDescription: 'What readers get in each language on the published version.',
    fieldPreviousSlugs: 'Previous addresses',
    fieldPreviousSlugsDescription:
      'Addresses readers could follow before, per language (oldest first): redirect them.',
    fieldPublic: 'Public',
    fieldPublicDescription:
      'Anyone may read this file, published or not (logos…). Otherwise readers get it once a published document uses it.',
    fieldPublicIn: 'Published in',
    fieldPublicInDescription:
      'Languages ({{locales}}) in which a published document uses this file (kept by the workflow).',
    fieldProgress: 'Published translation progress',
    fieldTranslationWorkflow: 'Translation workflow',
    fieldTranslationWorkflowIn: 'Translation workflow ({{language}})',
    fieldWorkflow: 'Workflow',
    panelTitle: 'Workflow',
    panelSaveToStart: 'Save a draft to start the review workflow.',
    panelProgress: '{{filled}} of {{total}} fields filled in',
    panelNothingToTranslate: 'nothing to translate yet',
    panelSourceChanged: 'Changed in {{language}}: {{fields}}',
    panelTranslatorOnSource:
      'You read the {{source}} here; switch the locale to {{targets}} to write the translation.',
    panelTranslatorShared:
      'Fields shared by all languages are read-only: only an editor can change them.',
    panelReviewInLocale: 'Open the {{language}} to review it',
    panelReviewInLocaleWhy:
      'The {{language}} is reviewed beside its {{source}} source, field by field.',
    panelSaveFirst: 'Save your changes first: the workflow acts on the saved draft.',
    panelSuggestionWarning:
      'The document is in review: if you save, your edits are suggestions and another reviewer must approve it.',
    panelSuggestion:
      'You edited this version in review: your edits are suggestions, the document stays in review and another reviewer must approve it.',
    panelFourEyesSubmitted: 'You submitted this version: another reviewer must approve it.',
    panelFourEyesEdited: 'You edited this version: another reviewer must approve it.',
    panelFourEyesTranslation:
      'You worked on this {{language}} translation: another reviewer must approve it.',
    panelStaleApproval:
      'The content changed after it was approved: submit it again for a new approval.',
    panelComment: 'What needs to change (required)',
    panelPublishAt: 'Publish at ({{zone}})',
    panelDone: '{{action}}: done.',
    panelServerAnswered: 'The server answered {{status}}.',
    panelHistory: 'History',
    panelHistoryEmpty: 'No transitions yet.',
    panelBy: 'by {{name}}',
    panelSystem: 'the system',
    panelUnknownUser: 'user {{id}}',
    panelMore: 'More',
    panelConfirmUnpublishHeading: 'Unpublish “{{title}}”?',
    panelConfirmUnpublishBody:
      'Readers will no longer find “{{title}}” in {{languages}}: its pages and API answers disappear. Staff keep the draft, and it can be published again after a new review.',
    panelConfirmArchiveHeading: 'Archive “{{title}}”?',
    panelConfirmArchiveBody:
      'It leaves the work queues. Nothing of it is published, so readers see no change; an editor can bring it back later.',
    panelConfirmDiscardHeading: 'Discard the draft of “{{title}}”?',
    panelConfirmDiscardBody:
      'The unpublished changes are thrown away and the document goes back to its published version. Readers keep seeing the published version, unchanged.',
    panelAnnounced:
      'Readers get an announcement of this document (coming soon): only its {{fields}} as announced. Publishing the full text replaces it; unpublishing withdraws it.',
    panelConfirmAnnounceHeading: 'Announce “{{title}}” as coming soon?',
    panelConfirmAnnounceBody:
      'Readers will find “{{title}}” marked “coming soon”, with only its {{fields}} as they are in the saved draft; nothing else of the text. The full text goes on through review and replaces the announcement when it is published.',
    panelWithdrawHeading: 'Withdraw from review and save?',
    panelWithdrawBody:
      'This document is in review. Saving your changes withdraws it from review: the reviewers are told, and it must be submitted again.',
    panelWithdrawConfirm: 'Withdraw and save',
    panelUntitled: 'this document',
    panelColumnSourceState: '{{language}} state',
    panelColumnTranslationStatus: '{{language}} status',
    panelColumnTranslation: 'Translation',
    panelXliffExport: 'Export XLIFF',
    panelSourceRevising:
      'The {{language}} is being revised (not yet approved): {{fields}}. The translation stays as it is for readers until the revision is published.',
    panelXliffImport: 'Import XLIFF',
    panelXliffImported: 'Translation imported.',
  },
  {
    fieldAlternates: 'Adresses publiées',
    fieldAlternatesDescription:
      "L'adresse (slug) que les lecteurs peuvent suivre dans chaque langue.",
    fieldDelivery: 'Traduction publiée',
    fieldDeliveryDescription:
      'Ce que les lecteurs reçoivent dans chaque langue de la version publiée.',
    fieldPreviousSlugs: 'Adresses précédentes',
    fieldPreviousSlugsDescription:
      'Adresses que les lecteurs pouvaient suivre auparavant, par langue (la plus ancienne en premier) : redirigez-les.',
    fieldPublic: 'Public',
    fieldPublicDescription:
      "Tout le monde peut lire ce fichier, publié ou non (logos…). Sinon, les lecteurs y ont accès dès qu'un document publié l'utilise.",
    fieldPublicIn: 'Publié en',
    fieldPublicInDescription:
      'Langues ({{locales}}) dans lesquelles un document publié utilise ce fichier (tenu à jour par le flux éditorial).',
    fieldProgress: 'Avancement de la traduction publiée',
    fieldTranslationWorkflow: 'Flux de traduction',
    fieldTranslationWorkflowIn: 'Flux de traduction ({{language}})',
    fieldWorkflow: 'Flux éditorial',
    panelTitle: 'Flux éditorial',
    panelSaveToStart: 'Enregistrez un brouillon pour commencer le flux de relecture.',
    panelProgress: '{{filled}} champs remplis sur {{total}}',
    panelNothingToTranslate: 'rien à traduire pour l’instant',
    panelSourceChanged: 'Modifié en {{language}} : {{fields}}',
    panelTranslatorOnSource:
      'Vous lisez ici la version en {{source}} ; passez la langue en {{targets}} pour écrire la traduction.',
    panelTranslatorShared:
      'Les champs communs à toutes les langues sont en lecture seule : seul un éditeur ou une éditrice peut les modifier.',
    panelReviewInLocale: 'Ouvrir la version en {{language}} pour la relire',
    panelReviewInLocaleWhy:
      'La version en {{language}} se relit à côté du texte source en {{source}}, champ par champ.',
    panelSaveFirst:
      'Enregistrez d’abord vos modifications : le flux éditorial agit sur le brouillon enregistré.',
    panelSuggestionWarning:
      'Le document est en relecture : si vous enregistrez, vos modifications sont des suggestions et une autre personne devra l’approuver.',
    panelSuggestion:
      'Vous avez modifié cette version pendant la relecture : vos modifications sont des suggestions, le document reste en relecture et une autre personne doit l’approuver.',
    panelFourEyesSubmitted: 'Vous avez soumis cette version : une autre personne doit l’approuver.',
    panelFourEyesEdited: 'Vous avez modifié cette version : une autre personne doit l’approuver.',
    panelFourEyesTranslation:
      'Vous avez travaillé sur cette traduction en {{language}} : une autre personne doit l’approuver.',
    panelStaleApproval:
      'Le contenu a changé depuis son approbation : soumettez-le de nouveau pour une nouvelle approbation.',
    panelComment: 'Ce qui doit changer (obligatoire)',
    panelPublishAt: 'Publier le ({{zone}})',
    panelDone: '{{action}} : c’est fait.',
    panelServerAnswered: 'Le serveur a répondu {{status}}.',
    panelHistory: 'Historique',
    panelHistoryEmpty: 'Aucune étape pour l’instant.',
    panelBy: 'par {{name}}',
    panelSystem: 'le système',
    panelUnknownUser: 'utilisateur {{id}}',
    panelMore: 'Plus',
    panelConfirmUnpublishHeading: 'Dépublier « {{title}} » ?',
    panelConfirmUnpublishBody:
      'Le public ne trouvera plus « {{title}} » dans aucune langue ({{languages}}) : ses pages et les réponses de l’API disparaissent. L’équipe garde le brouillon, qui pourra être republié après une nouvelle relecture.',
    panelConfirmArchiveHeading: 'Archiver « {{title}} » ?',
    panelConfirmArchiveBody:
      'Le document quitte les files de travail. Rien n’en est publié : le public ne voit aucun changement, et un éditeur ou une éditrice pourra le reprendre plus tard.',
    panelConfirmDiscardHeading: 'Abandonner le brouillon de « {{title}} » ?',
    panelConfirmDiscardBody:
      'Les modifications non publiées sont abandonnées et le document revient à sa version publiée. Le public continue de voir la version publiée, inchangée.',
    panelWithdrawHeading: 'Retirer de la relecture et enregistrer ?',
    panelWithdrawBody:
      'Ce document est en relecture. Enregistrer vos modifications le retire de la relecture : les relecteurs sont prévenus, et il faudra le soumettre de nouveau.',
    panelWithdrawConfirm: 'Retirer et enregistrer',
    panelUntitled: 'ce document',
    panelColumnSourceState: 'État de la version en {{language}}',
    panelColumnTranslationStatus: 'Statut de la version en {{language}}',
    panelColumnTranslation: 'Traduction',
    panelXliffExport: 'Exporter en XLIFF',
    panelSourceRevising:
      'La version en {{language}} est en cours de révision (pas encore approuvée) : {{fields}}. La traduction reste telle quelle pour le public jusqu’à la publication de cette révision.',
    panelXliffImport: 'Importer un XLIFF',
    panelXliffImported: 'Traduction importée.',
    panelAnnounced:
      "Le public lit une annonce de ce document (à paraître) : seulement ces champs, tels qu'annoncés : {{fields}}. La publication du texte complet la remplace ; la dépublication la retire.",
    panelConfirmAnnounceHeading: 'Annoncer « {{title}} » comme à paraître ?',
    panelConfirmAnnounceBody:
      "Le public trouvera « {{title}} » marqué « à paraître », avec seulement ces champs tels qu'ils sont dans le brouillon enregistré : {{fields}} ; rien d'autre du texte. Le texte complet poursuit sa relecture et remplace l'annonce à sa publication.",
  },
)
