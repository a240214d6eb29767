import { defineStrings } from './define'

/**
 * Names of states, transitions, roles and languages, and the refusals of the API and the workflow
 * machines (keys start with `state`, `translation`, `transition`, `role`, `language`, `event`, `error`
 * or `refusal`). Refusals are sentences built from a code and its parameters (src/operations/refusalMessage.ts).
 */
export const serverStrings = defineStrings(
  {
    errorAssignThroughEndpoint:
      'Reviewers are assigned with POST /api/<collection>/<id>/workflow/assign {"reviewer": <user id> | null}.',
    errorBadDocumentId:
      '"{{raw}}" is not a {{collection}} id: ids are whole numbers, e.g. /api/{{collection}}/7/workflow.',
    errorEventsAppendOnly:
      'Workflow events are an append-only audit trail: they cannot be changed or deleted.',
    errorEventsByTransitions:
      'Workflow events are recorded by transitions only: make the transition instead.',
    errorLockBusy: 'Someone else is saving this document: try again in a moment.',
    errorNoDocumentId: 'The path has no document id: use /api/{{collection}}/<id>/….',
    errorNoTranslationWorkflow: '{{collection}} has no translation workflow.',
    errorScheduledStale:
      'Scheduled publication refused: the content changed after it was approved. Submit it for review again.',
    errorSignInXliff: 'Sign in first: translation files are for staff.',
    errorSilentUnpublish:
      'This write would take the published version of {{collection}} {{id}} offline: save changes as a draft (draft=true), or POST /api/{{collection}}/{{id}}/workflow/unpublish.',
    errorStaffOnlyXliff:
      'Only staff (admins, editors, translators, reviewers) exchange translation files.',
    errorBadBody:
      'The request body is not what this call takes ({{problems}}): send only comment, publishAt and locale.',
    errorBadJson:
      'The body is not valid JSON: send {"comment": "...", "publishAt": "..."} or nothing.',
    errorDiscardFromSource:
      'Discarding the draft goes back to the published version of the whole document: do it from the {{language}} view.',
    errorDatabaseUnavailable: 'The database is not reachable: try again in a few seconds.',
    errorUnexpected: 'Unexpected error: see the server log.',
    errorTooManyRequests: 'Too many workflow requests: wait {{seconds}} s and try again.',
    errorTooManySignIns:
      'Too many sign-in attempts from this address: wait {{seconds}} s and try again.',
    errorTooManyWrongPasswords:
      'Too many wrong passwords for this account from this address: wait {{seconds}} s and try again.',
    errorCommentTooLong: 'the comment is longer than {{max}} characters',
    errorPublishAtFormat: 'publishAt must be an ISO 8601 date and time, e.g. 2026-12-01T09:00:00Z',
    errorUnknownBodyKeys: 'unknown fields: {{keys}}',
    errorFieldsThroughTransitions:
      'The workflow and translation fields of {{collection}} change only through transitions: POST /api/{{collection}}/{{id}}/workflow/<transition> (submit, approve, publish…).',
    errorNoWorkflow: '{{collection}} has no approval workflow.',
    errorNotFound: 'No {{collection}} document with id {{id}}: check the id.',
    errorNotTranslationLocale: '"{{locale}}" is not a translation locale: use one of {{locales}}.',
    errorPublishThroughWorkflow:
      'Publishing goes through the workflow: save as a draft (draft=true), submit for review, have another reviewer approve, then POST /api/{{collection}}/{{id}}/workflow/publish.',
    errorRestorePublished:
      'This version was published: restoring it would publish it again without a new approval. Restore it as a draft (draft=true), then submit it for review.',
    errorSignInAssign: 'Sign in first: reviewers are assigned by a named user.',
    errorSignInStatus: 'Sign in first: the workflow of a document is visible to staff only.',
    errorSignInTransition: 'Sign in first: workflow transitions are made by a named user.',
    errorSourceLocaleOnly:
      '“{{transition}}” concerns the {{language}} text; for a translation use {{names}}.',
    errorStaffOnly: 'Only staff (admins, editors, translators, reviewers) see workflows.',
    errorUnknownTransition: 'Unknown transition "{{name}}": use one of {{names}}.',
    errorWithdrawFirst:
      'This document is in review: withdraw it from review before saving your changes (the reviewers will be told), or ask a reviewer to suggest the edit.',
    eventsFieldCollection: 'Collection',
    eventsFieldComment: 'Comment',
    eventsFieldContentHash: 'Content hash',
    eventsFieldDocument: 'Document',
    eventsFieldFrom: 'From',
    eventsFieldLocale: 'Language',
    eventsFieldTo: 'To',
    eventsFieldTransition: 'Event',
    eventsFieldUser: 'By',
    eventsGroup: 'Workflow',
    eventsPlural: 'Workflow events',
    eventsSingular: 'Workflow event',
    eventEditVoided:
      'The content was edited, so the approval no longer holds: submit it for review again.',
    eventScheduleCalledOff: 'The publication scheduled for {{date}} was called off.',
    eventScheduledPublication: 'Scheduled publication ({{date}}).',
    eventSourceChanged:
      'English changed: {{fields}}. Update the {{language}} translation and submit it again.',
    eventSourceRevised:
      'The {{language}} translation went out of date when the English changes were published: {{fields}}. Update it and submit it again.',
    eventTargetEdited: 'The {{language}} text was edited.',
    languageEn: 'English',
    languageFr: 'French',
    languageEs: 'Spanish',
    listOr: '{{first}} or {{last}}',
    refusalCommentRequired: 'Say what needs to change: a comment is required to request changes.',
    refusalFourEyesEdited: 'You edited this version: another reviewer must approve it.',
    refusalFourEyesSubmitted: 'You submitted this version: another reviewer must approve it.',
    refusalFourEyesTranslation:
      'You worked on this {{language}} translation: another reviewer must approve it.',
    refusalNotLive:
      'Nothing of this document is published: “{{transition}}” needs a published version.',
    refusalNotLiveDiscard:
      'Nothing of this document is published: there is no published version to go back to.',
    refusalNotLiveUnpublish:
      'Nothing of this document is published, so there is nothing to unpublish.',
    refusalNothingToDiscard:
      'The working copy is the same as the published version: there is nothing to discard.',
    refusalPublishAtInvalid: 'Give a date and time in the future to schedule the publication.',
    refusalRole: '“{{transition}}” is for {{roles}} only: ask one of them.',
    refusalRoleByApp:
      '“{{transition}}” is not yours to make on this document: this site decides who may.',
    refusalStaleApproval:
      'The content changed after it was approved: submit it again for a new approval.',
    refusalWrongState:
      '“{{transition}}” is not possible now: this document is “{{state}}”; it must be {{allowed}}.',
    refusalWrongStateAlreadyApproved: 'This document is already approved.',
    refusalWrongStateAlreadyInReview: 'This document is already in review.',
    refusalWrongStateChangesRequested:
      'Changes were already requested on this document: the editor must submit it again before it can be reviewed.',
    refusalWrongStateNotSubmitted:
      'This document has not been submitted for review: the editor must submit it first.',
    refusalWrongStatePublishNotApproved:
      'Only an approved document can be published: this one is “{{state}}”. Submit it for review and have it approved first.',
    refusalWrongStateWithdraw:
      'There is no submission to withdraw: this document is “{{state}}”, not in review.',
    refusalWrongTranslationAlreadyApproved:
      'The {{language}} translation is already approved: edit it to start a new version.',
    refusalWrongTranslationAlreadyInReview: 'The {{language}} translation is already in review.',
    refusalWrongTranslationNotStarted:
      'There is no {{language}} translation to submit yet: translate at least one field first.',
    refusalWrongTranslationNotWaiting:
      'No {{language}} translation is waiting for review: it is “{{state}}”.',
    refusalWrongTranslationState:
      '“{{transition}}” is not possible now: the {{language}} translation is “{{state}}”; it must be {{allowed}}.',
    roleAdmin: 'admins',
    roleEditor: 'editors',
    roleReviewer: 'reviewers',
    roleTranslator: 'translators',
    stateApproved: 'Approved',
    stateArchived: 'Archived',
    stateChangesRequested: 'Changes requested',
    stateDraft: 'Draft',
    stateInReview: 'In review',
    statePublished: 'Published',
    stateUnpublished: 'Unpublished',
    transitionApprove: 'Approve',
    transitionApproveTranslation: 'Approve {{language}}',
    transitionArchive: 'Archive',
    transitionDiscard: 'Discard draft',
    transitionEdit: 'Edited after approval',
    transitionEditAfterPublication: 'Edited after publication',
    transitionPublish: 'Publish',
    transitionRequestChanges: 'Request changes',
    transitionRequestTranslationChanges: 'Request {{language}} changes',
    transitionSchedule: 'Schedule publication',
    transitionSourceChanged: 'English changed',
    transitionSubmit: 'Submit for review',
    transitionSubmitTranslation: 'Submit {{language}} for review',
    transitionSuggest: 'Edits suggested',
    transitionUnpublish: 'Unpublish',
    transitionWithdraw: 'Withdraw from review',
    translationApproved: 'Approved',
    translationInProgress: 'In progress',
    translationInReview: 'In review',
    translationNotStarted: 'Not started',
    translationOutdated: 'Outdated',
    deliveryGroup: 'Published translation',
    deliveryApproved: 'Approved (all French)',
    deliveryPartial: 'Partial (some fields in English)',
    deliveryComingSoon: 'Coming soon',
    deliveryOutdated: 'Outdated (changed fields in English)',
    deliveryFallbackFields: 'Served in English',
    transitionAnnounce: 'Announce (coming soon)',
    refusalAlreadyLive:
      'This document is already published: readers get its full text, so there is nothing to announce.',
    refusalAnnouncedOnly:
      'Readers get only the announced stub of this document, not a published version: there is nothing to go back to. Keep editing the draft, or unpublish to withdraw the announcement.',
    refusalEmptyStub:
      'The announcement would have no title: write the title in the draft, save it, then announce.',
    refusalNotAnnounceable:
      'Documents of this collection cannot be announced: list the fields of their stub in the plugin option announceFields.',
    fieldPublicStatus: 'Readers get',
    fieldPublicStatusDescription:
      'The full text, or an announced stub (coming soon) while the full text is in review.',
    publicStatusPublished: 'Published',
    publicStatusComingSoon: 'Coming soon (announced)',
  },
  {
    errorAssignThroughEndpoint:
      'Les relecteurs sont assignés par POST /api/<collection>/<id>/workflow/assign {"reviewer": <id utilisateur> | null}.',
    errorBadDocumentId:
      "« {{raw}} » n'est pas un identifiant de {{collection}} : les identifiants sont des nombres entiers, par exemple /api/{{collection}}/7/workflow.",
    errorEventsAppendOnly:
      "Les événements du flux éditorial sont un journal d'audit en ajout seul : ils ne peuvent être ni modifiés ni supprimés.",
    errorEventsByTransitions:
      'Les événements du flux éditorial ne sont enregistrés que par les transitions : faites plutôt la transition.',
    errorLockBusy: "Quelqu'un d'autre enregistre ce document : réessayez dans un instant.",
    errorNoDocumentId:
      "Le chemin n'a pas d'identifiant de document : utilisez /api/{{collection}}/<id>/….",
    errorNoTranslationWorkflow: "{{collection}} n'a pas de flux de traduction.",
    errorScheduledStale:
      'Publication programmée refusée : le contenu a changé après son approbation. Soumettez-le de nouveau à la relecture.',
    errorSignInXliff:
      "Connectez-vous d'abord : les fichiers de traduction sont réservés à l'équipe.",
    errorSilentUnpublish:
      'Cette écriture mettrait hors ligne la version publiée de {{collection}} {{id}} : enregistrez les modifications comme brouillon (draft=true), ou POST /api/{{collection}}/{{id}}/workflow/unpublish.',
    errorStaffOnlyXliff:
      "Seule l'équipe (administrateurs, rédacteurs, traducteurs, relecteurs) échange des fichiers de traduction.",
    errorBadBody:
      "Le corps de la requête n'est pas celui qu'attend cet appel ({{problems}}) : envoyez seulement comment, publishAt et locale.",
    errorBadJson:
      'Le corps de la requête n\'est pas du JSON valide : envoyez {"comment": "...", "publishAt": "..."} ou rien.',
    errorDiscardFromSource:
      'Abandonner le brouillon revient à la version publiée de tout le document : faites-le depuis la vue en {{language}}.',
    errorDatabaseUnavailable:
      'La base de données est injoignable : réessayez dans quelques secondes.',
    errorUnexpected: 'Erreur inattendue : consultez le journal du serveur.',
    errorTooManyRequests:
      'Trop de requêtes au flux éditorial : attendez {{seconds}} s et réessayez.',
    errorTooManySignIns:
      'Trop de tentatives de connexion depuis cette adresse : attendez {{seconds}} s et réessayez.',
    errorTooManyWrongPasswords:
      'Trop de mots de passe erronés pour ce compte depuis cette adresse : attendez {{seconds}} s et réessayez.',
    errorCommentTooLong: 'le commentaire dépasse {{max}} caractères',
    errorPublishAtFormat:
      'publishAt doit être une date et une heure ISO 8601, par exemple 2026-12-01T09:00:00Z',
    errorUnknownBodyKeys: 'champs inconnus : {{keys}}',
    errorFieldsThroughTransitions:
      'Les champs de flux éditorial et de traduction de {{collection}} ne changent que par des transitions : POST /api/{{collection}}/{{id}}/workflow/<transition> (submit, approve, publish…).',
    errorNoWorkflow: "{{collection}} n'a pas de flux d'approbation.",
    errorNotFound:
      "Aucun document {{collection}} avec l'identifiant {{id}} : vérifiez l'identifiant.",
    errorNotTranslationLocale:
      "« {{locale}} » n'est pas une langue de traduction : utilisez {{locales}}.",
    errorPublishThroughWorkflow:
      'La publication passe par le flux éditorial : enregistrez un brouillon (draft=true), soumettez-le à la relecture, faites-le approuver par un autre relecteur, puis POST /api/{{collection}}/{{id}}/workflow/publish.',
    errorRestorePublished:
      'Cette version a été publiée : la restaurer la republierait sans nouvelle approbation. Restaurez-la comme brouillon (draft=true), puis soumettez-la à la relecture.',
    errorSignInAssign: "Connectez-vous d'abord : un relecteur est assigné par une personne nommée.",
    errorSignInStatus:
      "Connectez-vous d'abord : le flux éditorial d'un document n'est visible que par l'équipe.",
    errorSignInTransition:
      "Connectez-vous d'abord : les transitions du flux éditorial sont faites par un utilisateur identifié.",
    errorSourceLocaleOnly:
      '« {{transition}} » concerne le texte en {{language}} ; pour une traduction, utilisez {{names}}.',
    errorStaffOnly:
      "Seule l'équipe (administrateurs, rédacteurs, traducteurs, relecteurs) voit le flux éditorial.",
    errorUnknownTransition: 'Transition inconnue « {{name}} » : utilisez {{names}}.',
    errorWithdrawFirst:
      "Ce document est en relecture : retirez-le de la relecture avant d'enregistrer vos modifications (les relecteurs en seront avertis), ou demandez à un relecteur de suggérer la modification.",
    eventsFieldCollection: 'Collection',
    eventsFieldComment: 'Commentaire',
    eventsFieldContentHash: 'Empreinte du contenu',
    eventsFieldDocument: 'Document',
    eventsFieldFrom: 'De',
    eventsFieldLocale: 'Langue',
    eventsFieldTo: 'Vers',
    eventsFieldTransition: 'Événement',
    eventsFieldUser: 'Par',
    eventsGroup: 'Flux éditorial',
    eventsPlural: 'Événements du flux éditorial',
    eventsSingular: 'Événement du flux éditorial',
    eventEditVoided:
      "Le contenu a été modifié, l'approbation ne vaut donc plus : soumettez-le de nouveau à la relecture.",
    eventScheduleCalledOff: 'La publication programmée le {{date}} a été annulée.',
    eventScheduledPublication: 'Publication programmée ({{date}}).',
    eventSourceChanged:
      "L'anglais a changé : {{fields}}. Mettez à jour la traduction en {{language}} et soumettez-la de nouveau.",
    eventSourceRevised:
      "La traduction en {{language}} est devenue périmée à la publication des modifications de l'anglais : {{fields}}. Mettez-la à jour et soumettez-la de nouveau.",
    eventTargetEdited: 'Le texte en {{language}} a été modifié.',
    languageEn: 'anglais',
    languageFr: 'français',
    languageEs: 'espagnol',
    listOr: '{{first}} ou {{last}}',
    refusalCommentRequired:
      'Dites ce qui doit changer : un commentaire est obligatoire pour demander des modifications.',
    refusalFourEyesEdited: "Vous avez modifié cette version : un autre relecteur doit l'approuver.",
    refusalFourEyesSubmitted:
      "Vous avez soumis cette version : un autre relecteur doit l'approuver.",
    refusalFourEyesTranslation:
      "Vous avez travaillé sur cette traduction en {{language}} : un autre relecteur doit l'approuver.",
    refusalNotLive:
      "Rien de ce document n'est publié : « {{transition}} » demande une version publiée.",
    refusalNotLiveDiscard:
      "Rien de ce document n'est publié : il n'y a pas de version publiée à laquelle revenir.",
    refusalNotLiveUnpublish: "Rien de ce document n'est publié : il n'y a rien à dépublier.",
    refusalNothingToDiscard:
      "La version de travail est identique à la version publiée : il n'y a rien à abandonner.",
    refusalPublishAtInvalid:
      'Indiquez une date et une heure dans le futur pour programmer la publication.',
    refusalRole: "« {{transition}} » est réservé aux {{roles}} : demandez à l'un d'eux.",
    refusalRoleByApp:
      '« {{transition}} » ne vous revient pas sur ce document : ce site décide qui peut le faire.',
    refusalStaleApproval:
      'Le contenu a changé après son approbation : soumettez-le de nouveau pour une nouvelle approbation.',
    refusalWrongState:
      "« {{transition}} » n'est pas possible maintenant : ce document est à l'état « {{state}} » ; il doit être {{allowed}}.",
    refusalWrongStateAlreadyApproved: 'Ce document est déjà approuvé.',
    refusalWrongStateAlreadyInReview: 'Ce document est déjà en relecture.',
    refusalWrongStateChangesRequested:
      'Des modifications ont déjà été demandées sur ce document : le rédacteur doit le soumettre de nouveau avant une nouvelle relecture.',
    refusalWrongStateNotSubmitted:
      "Ce document n'a pas été soumis à la relecture : le rédacteur doit d'abord le soumettre.",
    refusalWrongStatePublishNotApproved:
      "Seul un document approuvé peut être publié : celui-ci est à l'état « {{state}} ». Soumettez-le à la relecture et faites-le approuver d'abord.",
    refusalWrongStateWithdraw:
      "Il n'y a pas de soumission à retirer : ce document est à l'état « {{state}} », pas en relecture.",
    refusalWrongTranslationAlreadyApproved:
      'La traduction en {{language}} est déjà approuvée : modifiez-la pour commencer une nouvelle version.',
    refusalWrongTranslationAlreadyInReview: 'La traduction en {{language}} est déjà en relecture.',
    refusalWrongTranslationNotStarted:
      "Il n'y a pas encore de traduction en {{language}} à soumettre : traduisez d'abord au moins un champ.",
    refusalWrongTranslationNotWaiting:
      "Aucune traduction en {{language}} n'attend de relecture : elle est à l'état « {{state}} ».",
    refusalWrongTranslationState:
      "« {{transition}} » n'est pas possible maintenant : la traduction en {{language}} est à l'état « {{state}} » ; elle doit être {{allowed}}.",
    roleAdmin: 'administrateurs',
    roleEditor: 'rédacteurs',
    roleReviewer: 'relecteurs',
    roleTranslator: 'traducteurs',
    stateApproved: 'Approuvé',
    stateArchived: 'Archivé',
    stateChangesRequested: 'Modifications demandées',
    stateDraft: 'Brouillon',
    stateInReview: 'En relecture',
    statePublished: 'Publié',
    stateUnpublished: 'Dépublié',
    transitionApprove: 'Approuver',
    transitionApproveTranslation: 'Approuver le {{language}}',
    transitionArchive: 'Archiver',
    transitionDiscard: 'Abandonner le brouillon',
    transitionEdit: 'Modifié après approbation',
    transitionEditAfterPublication: 'Modifié après publication',
    transitionPublish: 'Publier',
    transitionRequestChanges: 'Demander des modifications',
    transitionRequestTranslationChanges: 'Demander des modifications du {{language}}',
    transitionSchedule: 'Programmer la publication',
    transitionSourceChanged: 'Anglais modifié',
    transitionSubmit: 'Soumettre à la relecture',
    transitionSubmitTranslation: 'Soumettre le {{language}} à la relecture',
    transitionSuggest: 'Modifications suggérées',
    transitionUnpublish: 'Dépublier',
    transitionWithdraw: 'Retirer de la relecture',
    translationApproved: 'Approuvée',
    translationInProgress: 'En cours',
    translationInReview: 'En relecture',
    translationNotStarted: 'Non commencée',
    translationOutdated: 'Périmée',
    deliveryGroup: 'traduction publiée',
    deliveryApproved: 'approuvée (tout en français)',
    deliveryPartial: 'partielle (des champs en anglais)',
    deliveryComingSoon: 'à venir',
    deliveryOutdated: 'périmée (champs modifiés en anglais)',
    deliveryFallbackFields: 'servis en anglais',
    transitionAnnounce: 'Annoncer (à paraître)',
    refusalAlreadyLive:
      "Ce document est déjà publié : le public en lit le texte complet, il n'y a rien à annoncer.",
    refusalAnnouncedOnly:
      "Le public ne lit que l'annonce de ce document, pas une version publiée : il n'y a pas de version à laquelle revenir. Continuez le brouillon, ou dépubliez pour retirer l'annonce.",
    refusalEmptyStub:
      "L'annonce n'aurait pas de titre : écrivez le titre dans le brouillon, enregistrez-le, puis annoncez.",
    refusalNotAnnounceable:
      "Les documents de cette collection ne peuvent pas être annoncés : indiquez les champs de leur annonce dans l'option announceFields de l'extension.",
    fieldPublicStatus: 'Le public lit',
    fieldPublicStatusDescription:
      'Le texte complet, ou une annonce (à paraître) pendant la relecture du texte complet.',
    publicStatusPublished: 'Publié',
    publicStatusComingSoon: 'À paraître (annoncé)',
  },
)
