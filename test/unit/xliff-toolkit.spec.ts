import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applyXliff, exportXliff, parseXliff, XliffError } from '../../src/xliff'
import {
  expectation,
  expectedFrench,
  exportInput,
  frenchUnits,
  HASHES,
} from '../helpers/xliffFixture'

// Debian's translate-toolkit (3.8.x in Debian 12). Missing tools fail the suite: a skipped round trip proves nothing.
const TOOLS = ['xliff2po', 'pomerge', 'po2xliff']
const INSTALL =
  'translate-toolkit is not installed: on Debian `apt-get install -y translate-toolkit`; elsewhere install it and put its commands on PATH or set TRANSLATE_TOOLKIT_BIN to their folder (bash .ci/install-translate-toolkit says how)'

const dir = mkdtempSync(path.join(tmpdir(), 'xliff-toolkit-'))
const file = (name: string): string => path.join(dir, name)
const run = (tool: string, ...args: string[]): void => {
  execFileSync(tool, ['--progress=none', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}
const poString = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`

/** Fills each empty msgstr with the French for the unit its `#:` location names, as a translator would. */
const translatePo = (po: string, french: Record<string, string>): string =>
  po
    .split(/\n\n/)
    .map((entry) => {
      const id = /^#: (\S+)$/m.exec(entry)?.[1]
      return id && id in french
        ? entry.replace(/^msgstr ""$/m, `msgstr ${poString(french[id]!)}`)
        : entry
    })
    .join('\n\n')

describe('round trip through translate-toolkit (xliff2po, then pomerge with the export as template)', () => {
  let po = ''

  beforeAll(() => {
    const missing = TOOLS.filter((tool) => {
      try {
        execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
        return false
      } catch {
        return true
      }
    })
    if (missing.length > 0) throw new Error(`${INSTALL} (missing: ${missing.join(', ')})`)
    writeFileSync(file('export.xlf'), exportXliff(exportInput()))
    run('xliff2po', '-i', file('export.xlf'), '-o', file('export.po'))
    po = readFileSync(file('export.po'), 'utf8')
    writeFileSync(file('fr.po'), translatePo(po, frenchUnits()))
    run('pomerge', '-t', file('export.xlf'), '-i', file('fr.po'), '-o', file('fr.xlf'))
  })
  afterAll(() => rmSync(dir, { force: true, recursive: true }))

  it('xliff2po shows translators the inline codes as HTML-like tags and the unit ids as locations', () => {
    const unwrapped = po.replace(/"\n"/g, '') // PO wraps long strings over several quoted lines
    expect(unwrapped).toContain(
      '#: body.1\nmsgid "We <b>strongly</b> support <i>open data</i> & <a href=\\"https://example.org/charter?a=1&b=2\\"><b>the charter</b></a>."',
    )
    expect(po).toContain('#: body.2\nmsgid "First line<br/>second line"')
    expect(po).toContain('#: title\nmsgid "Fish & \\"chips\\" <today>"')
  })

  it('brings the French back intact: text, array rows, rich-text structure, accents and escapes', () => {
    const parsed = parseXliff(readFileSync(file('fr.xlf'), 'utf8'))
    expect(parsed.sourceHashes).toEqual(HASHES)
    expect(parsed.units.get('body.1')?.state).toBe('translated')
    expect(applyXliff(parsed, expectation())).toEqual({ data: expectedFrench(), incomplete: [] })
  })

  it('po2xliff -t appends a second <file> instead of filling the template, and the import says so', () => {
    run('po2xliff', '-t', file('export.xlf'), '-i', file('fr.po'), '-o', file('po2xliff.xlf'))
    const error = (() => {
      try {
        parseXliff(readFileSync(file('po2xliff.xlf'), 'utf8'))
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(XliffError)
    expect(error).toMatchObject({
      code: 'wrong_document',
      message: expect.stringContaining('The file holds 2 <file> sections'),
    })
  })
})
