import { defineStrings } from './define'

/**
 * Strings of Payload's own admin the app overrides in French: Payload's "Republier" for
 * "Revert to published" reads as "publish again", the opposite of what the button does.
 */
export const payloadOverrides = {
  en: { version: { revertToPublished: 'Discard draft (back to published)' } },
  fr: { version: { revertToPublished: 'Abandonner le brouillon (revenir à la version publiée)' } },
}

export const unusedAppStrings = defineStrings({}, {})
