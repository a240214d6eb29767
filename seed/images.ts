import sharp from 'sharp'

import { wrapText } from './wrap'

export const INFOGRAPHIC_SIZE = { height: 800, width: 1200 } as const

export type InfographicDrawing = {
  colour: string
  footer: string
  kicker: string
  lines: readonly string[]
  title: string
}

const FONT = 'DejaVu Sans'

const escapeXml = (text: string): string =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`)

const textRow = (x: number, y: number, size: number, content: string, extra = '') =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`

const BAND = 110

// Positions are worked out here because SVG text does not wrap: DejaVu Sans Bold at 60 px fits about
// 28 characters in the title column, the regular face at 34 px about 46 left of the decoration.
const body = ({ colour, kicker, lines, title }: InfographicDrawing): string[] => {
  const rows = [
    textRow(
      70,
      110,
      26,
      kicker.toUpperCase(),
      `fill="${colour}" font-weight="bold" letter-spacing="3"`,
    ),
  ]
  let y = 190
  for (const row of wrapText(title, 28)) {
    rows.push(textRow(70, y, 60, row, 'fill="#1d1d1f" font-weight="bold"'))
    y += 70
  }
  y += 30
  for (const line of lines) {
    rows.push(`<circle cx="86" cy="${y - 11}" r="11" fill="${colour}"/>`)
    for (const row of wrapText(line, 46)) {
      rows.push(textRow(120, y, 34, row, 'fill="#2b2b2e"'))
      y += 44
    }
    y += 22
  }
  if (y > INFOGRAPHIC_SIZE.height - BAND)
    throw new Error(`"${title}" has too much text for the picture: shorten its lines.`)
  return rows
}

/** The SVG source of an infographic: kicker, big title, short lines with bullets, a coloured band. */
export const infographicSvg = (drawing: InfographicDrawing): string => {
  const { height, width } = INFOGRAPHIC_SIZE
  const { colour, footer } = drawing
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fbf7f0"/>`,
    `<rect width="24" height="${height}" fill="${colour}"/>`,
    // Decorative shape only: the picture shows no figures, so it cannot be mistaken for data.
    `<g fill="${colour}" opacity="0.18"><circle cx="1090" cy="560" r="80"/><circle cx="990" cy="640" r="40"/><circle cx="1150" cy="420" r="34"/></g>`,
    ...body(drawing),
    `<rect x="24" y="${height - BAND}" width="${width - 24}" height="${BAND}" fill="${colour}"/>`,
    textRow(70, height - 45, 30, footer, 'fill="#ffffff" font-weight="bold"'),
    '</svg>',
  ].join('\n')
}

/** Renders the infographic to a PNG of INFOGRAPHIC_SIZE with sharp (librsvg, fonts from fontconfig). */
export const drawInfographic = (drawing: InfographicDrawing): Promise<Buffer> =>
  sharp(Buffer.from(infographicSvg(drawing)))
    .png()
    .toBuffer()
