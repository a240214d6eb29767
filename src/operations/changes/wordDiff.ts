export type DiffPart = { kind: 'added' | 'removed' | 'same'; text: string }

// Above this many token pairs the table would be too large: the text is shown as replaced.
const MAX_CELLS = 4_000_000

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
const tokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? []

const push = (parts: DiffPart[], kind: DiffPart['kind'], text: string) => {
  const last = parts[parts.length - 1]
  if (last?.kind === kind) last.text += text
  else if (text) parts.push({ kind, text })
}

/**
 * Word-level difference of two texts (longest common subsequence): what stayed, what was removed
 * from `before` and what was added in `after`, in reading order. Same text: one `same` part.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokens(before)
  const b = tokens(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'removed', midA.join(''))
    push(parts, 'added', midB.join(''))
  } else {
    // lengths[i][j]: longest common subsequence of midA[i..] and midB[j..].
    const width = midB.length + 1
    const lengths = new Uint32Array((midA.length + 1) * width)
    for (let i = midA.length - 1; i >= 0; i--)
      for (let j = midB.length - 1; j >= 0; j--)
        lengths[i * width + j] =
          midA[i] === midB[j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    let i = 0
    let j = 0
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) {
        push(parts, 'same', midA[i]!)
        i++
        j++
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)
        push(parts, 'removed', midA[i++]!)
      else push(parts, 'added', midB[j++]!)
    }
    while (i < midA.length) push(parts, 'removed', midA[i++]!)
    while (j < midB.length) push(parts, 'added', midB[j++]!)
  }
  push(parts, 'same', a.slice(endA).join(''))
  return readable(parts)
}

/** A lone space kept between two changes reads badly ("-old +new" word by word): it joins the change. */
const readable = (parts: DiffPart[]): DiffPart[] => {
  const removed: string[] = []
  const added: string[] = []
  const out: DiffPart[] = []
  const flush = () => {
    push(out, 'removed', removed.splice(0).join(''))
    push(out, 'added', added.splice(0).join(''))
  }
  parts.forEach((part, index) => {
    const between =
      part.kind === 'same' && /^\s+$/.test(part.text) && index > 0 && index < parts.length - 1
    if (part.kind === 'removed' || between) removed.push(part.text)
    if (part.kind === 'added' || between) added.push(part.text)
    if (part.kind === 'same' && !between) {
      flush()
      push(out, 'same', part.text)
    }
  })
  flush()
  return out
}
