/** One area's strings: English, and French with exactly the same keys (the type refuses a missing one). */
export type Strings<K extends string = string> = { en: Record<K, string>; fr: Record<K, string> }

export const defineStrings = <const E extends Record<string, string>>(
  en: E,
  fr: Record<keyof E & string, string>,
): Strings<keyof E & string> => ({
  en,
  fr,
})
