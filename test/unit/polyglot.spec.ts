import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { bytesAfterImage, markupMarker, walkableKind } from '../../collections/Media/polyglot'

const png = () =>
  sharp({ create: { background: '#336699', channels: 3, height: 40, width: 60 } })
    .png()
    .toBuffer()
const progressiveJpeg = () =>
  sharp({ create: { background: '#996633', channels: 3, height: 40, width: 60 } })
    .jpeg({ progressive: true })
    .withMetadata()
    .toBuffer()

describe('polyglot checks', () => {
  it('find the end of a PNG and of a (progressive, with EXIF) JPEG exactly', async () => {
    const [image, photo] = [await png(), await progressiveJpeg()]
    expect([walkableKind(image), bytesAfterImage(image, 'PNG')]).toEqual(['PNG', 0])
    expect([walkableKind(photo), bytesAfterImage(photo, 'JPEG')]).toEqual(['JPEG', 0])
    expect(bytesAfterImage(Buffer.concat([image, Buffer.from('<html>')]), 'PNG')).toBe(6)
    expect(bytesAfterImage(Buffer.concat([photo, Buffer.from('PK\x03\x04')]), 'JPEG')).toBe(4)
  })

  it('leave a truncated image to sharp (0 bytes after) and other types unwalked', async () => {
    const image = await png()
    expect(bytesAfterImage(image.subarray(0, image.length - 20), 'PNG')).toBe(0)
    expect(walkableKind(Buffer.from('%PDF-1.4'))).toBeNull()
  })

  it('name the first markup marker, in any case, and pass XMP-style XML', () => {
    expect(markupMarker(Buffer.from('\x00\x01<SCRIPT>alert(1)</SCRIPT>'))).toBe('<SCRIPT')
    expect(markupMarker(Buffer.from('x <img src=x onerror=alert(1)>'))).toBe('onerror=')
    expect(
      markupMarker(
        Buffer.from(
          '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ),
      ),
    ).toBeNull()
  })
})
