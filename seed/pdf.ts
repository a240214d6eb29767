import { wrapText } from './wrap'

/** US Letter in points, with one-inch margins. */
const PAGE = { height: 792, margin: 72, width: 612 }
const TITLE = { chars: 50, leading: 22, size: 18 }
const BODY = { chars: 88, leading: 15, size: 11 }

// The standard PDF fonts use WinAnsiEncoding: replace what it cannot show, escape what PDF strings reserve.
const toWinAnsi = (text: string): string =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?')
    .replace(/[\\()]/g, (character) => `\\${character}`)

type Line = { font: 'F1' | 'F2'; size: number; text: string; y: number }

const layout = (title: string, paragraphs: readonly string[]): Line[] => {
  const lines: Line[] = []
  let y = PAGE.height - PAGE.margin
  for (const text of wrapText(title, TITLE.chars)) {
    lines.push({ font: 'F2', size: TITLE.size, text, y })
    y -= TITLE.leading
  }
  for (const paragraph of paragraphs) {
    y -= BODY.leading / 2
    for (const text of wrapText(paragraph, BODY.chars)) {
      if (y < PAGE.margin) return lines // one page only: the rest is in the web version
      lines.push({ font: 'F1', size: BODY.size, text, y })
      y -= BODY.leading
    }
  }
  return lines
}

/**
 * A one-page PDF written by hand: header, six objects (catalog, pages, page, two standard fonts,
 * content stream), an info dictionary, an xref table with exact byte offsets, trailer and %%EOF.
 */
export const onePagePdf = (title: string, paragraphs: readonly string[]): Buffer => {
  const content = layout(title, paragraphs)
    .map(
      ({ font, size, text, y }) =>
        `BT /${font} ${size} Tf ${PAGE.margin} ${y} Td (${toWinAnsi(text)}) Tj ET`,
    )
    .join('\n')
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    font('Helvetica'),
    font('Helvetica-Bold'),
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title (${toWinAnsi(title)}) /Producer (seed/pdf.ts) >>`,
  ]
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1')
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
