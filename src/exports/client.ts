'use client'
// The plugin's client components, for Payload's import map: `bilingual-editorial-cms/client#XliffButtons`.
export { XliffButtons } from '../admin/XliffButtons'
