import { describe, expect, it } from 'vitest'

import { commandsIn, docBlocks } from '../helpers/docCommands'

describe('commands in the docs', () => {
  it('takes the curl commands of sh blocks, continuation lines joined, with the status a comment promises', () => {
    const text = [
      '```sh',
      "curl -g 'localhost:3000/api/x?where[a][equals]=b'   # 400, says why",
      'curl localhost:3000/api/graphql -H "content-type: application/json" \\',
      `  -d '{"query":"{ a }"}'`,
      '# a comment: curl localhost:3000/not-run',
      'curl -F file=@mine.vtt localhost:3000/api/media',
      '```',
      '```json',
      '{ "curl localhost:3000/inside-json": 1 }',
      '```',
      '```js',
      'await fetch(`curl localhost`)',
      '```',
    ].join('\n')
    expect(commandsIn(text, 'README.md')).toEqual([
      [
        {
          command: "curl -g 'localhost:3000/api/x?where[a][equals]=b'   # 400, says why",
          expected: 400,
          file: 'README.md',
          line: 2,
        },
        {
          command: `curl localhost:3000/api/graphql -H "content-type: application/json" -d '{"query":"{ a }"}'`,
          expected: null,
          file: 'README.md',
          line: 3,
        },
      ],
    ])
  })

  it('finds the README’s commands', () => {
    expect(docBlocks(process.cwd()).flat().length).toBeGreaterThan(20)
  })
})
