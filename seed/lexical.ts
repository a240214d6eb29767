import type { PolicyStatement } from '../payload-types'

/** The Lexical editor state Payload stores for a rich text field. */
export type RichText = NonNullable<PolicyStatement['body']>

const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const paragraphNode = (text: string) => ({
  type: 'paragraph',
  children: [textNode(text)],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** One Lexical paragraph per string, the shape @payloadcms/richtext-lexical saves from the editor. */
export const richText = (paragraphs: readonly string[]): RichText => ({
  root: {
    type: 'root',
    children: paragraphs.map(paragraphNode),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})
