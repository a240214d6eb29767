/** The smallest Lexical document Payload accepts: one paragraph of plain text. */
export const paragraph = (text: string) => ({
  root: {
    children: [
      {
        children: [
          { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 },
        ],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

export const plainText = (value: unknown): string =>
  JSON.stringify(value ?? null)
    .match(/"text":"([^"]*)"/g)
    ?.map((match) => match.slice(8, -1))
    .join(' ') ?? ''
