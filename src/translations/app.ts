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
    errorNotReady: 'Not ready for review: {{fields}}. Fix these in English and save, then submit again.',
    errorSlugFormat: 'Slug "{{slug}}" may hold only lowercase letters, digits and single hyphens, e.g. "closed-work-permits".',
    errorSlugRequired: 'Slug is required in English: type one or fill in the title.',
    errorSlugTaken: 'Slug "{{slug}}" is already used in {{language}} by another document: choose a different slug.',
  },
  {
    errorNotReady: 'Pas prêt pour la relecture : {{fields}}. Corrigez ces champs en anglais, enregistrez, puis soumettez à nouveau.',
    errorSlugFormat: 'Le slug « {{slug}} » ne peut contenir que des minuscules, des chiffres et des tirets simples, par exemple « permis-de-travail-fermes ».',
    errorSlugRequired: 'Le slug est obligatoire en anglais : saisissez-en un ou remplissez le titre.',
    errorSlugTaken: 'Le slug « {{slug}} » est déjà utilisé en {{language}} par un autre document : choisissez-en un autre.',
  },
)
