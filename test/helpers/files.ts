import sharp from 'sharp'
import zlib from 'node:zlib'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export const fileOf = (data: Buffer, name: string, mimetype: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

export const pngFile = async (
  name: string,
  width = 64,
  height = 48,
  color = '#c0392b',
): Promise<UploadFile> =>
  fileOf(
    await sharp({ create: { background: color, channels: 3, height, width } })
      .png()
      .toBuffer(),
    name,
    'image/png',
  )

export const vttFile = (
  name: string,
  body = 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n',
): UploadFile => fileOf(Buffer.from(body, 'utf8'), name, 'text/vtt')

/** A minimal valid one-page PDF with a correct xref table. */
export const pdfFile = (name: string): UploadFile => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return fileOf(Buffer.from(body, 'latin1'), name, 'application/pdf')
}

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** A valid, tiny (~25 KB) 1-bit PNG that decodes to `side`×`side` pixels: a decompression bomb. */
export const pixelBombPng = (side = 14_000): UploadFile => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = 1 + Math.ceil(side / 8)
  const pixels = zlib.deflateSync(Buffer.alloc(row * side), { level: 9 })
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return fileOf(png, 'bomb.png', 'image/png')
}
