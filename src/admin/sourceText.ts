/** A field's English value as plain text for the translator's side panel (rich text: its text nodes). */
export { plainText as sourceText } from '../operations/changes/plainText'
