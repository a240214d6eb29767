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
  },
  {
    errorNotReady: 'Pas prêt pour la relecture : {{fields}}. Corrigez ces champs en anglais, enregistrez, puis soumettez à nouveau.',
  },
)
