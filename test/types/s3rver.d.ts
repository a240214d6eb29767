// s3rver ships no types; the part the storage test uses.
declare module 's3rver' {
  type Options = {
    address?: string
    configureBuckets?: { configs: string[]; name: string }[]
    directory: string
    port?: number
    silent?: boolean
  }
  export default class S3rver {
    constructor(options: Options)
    close(): Promise<void>
    run(): Promise<unknown>
  }
}
