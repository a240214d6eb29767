export { exportXliff } from './export'
export { XliffError, type XliffErrorCode } from './errors'
export { applyXliff, parseXliff } from './import'
export type * from './types'
