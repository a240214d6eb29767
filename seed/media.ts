import { findId, type ItemContext } from './context'

export type SeedFile = {
  alt: { en: string; fr: string }
  build: () => Buffer | Promise<Buffer>
  /** The natural key: a second run finds the file by this name and uploads nothing. */
  filename: string
  /** The language the file speaks (its text, its captions): null for a picture without words. */
  language: 'en' | 'fr' | null
  mimeType: 'application/pdf' | 'image/png' | 'text/vtt'
}

/** The id of the media document named `file.filename`, uploading it with English and French alt text if missing. */
export const ensureMedia = async (ctx: ItemContext, file: SeedFile): Promise<number> => {
  const existing = await findId(ctx, 'media', 'filename', file.filename)
  if (existing !== undefined) {
    ctx.count('media', 'skipped')
    return existing
  }
  const data = await file.build()
  const doc = await ctx.payload.create({
    collection: 'media',
    data: { alt: file.alt.en, language: file.language },
    depth: 0,
    file: { data, mimetype: file.mimeType, name: file.filename, size: data.length },
    locale: 'en',
    // A file of that name left on disk by an earlier database would otherwise make Payload store
    // "name-1.png", and the next run would not find it by name. The bytes are the same anyway.
    overwriteExistingFiles: true,
    req: ctx.req,
  })
  await ctx.payload.update({
    collection: 'media',
    data: { alt: file.alt.fr },
    depth: 0,
    id: doc.id,
    locale: 'fr',
    req: ctx.req,
  })
  ctx.count('media', 'created')
  return doc.id
}
