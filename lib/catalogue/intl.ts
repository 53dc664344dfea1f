/**
 * Numbers and plurals as a locale writes them, with the `Intl` objects made on first use: constructing one is slow
 * the first time (the browser loads the locale's data), and the catalogues are loaded by every content script at
 * start, on the hub's main thread, where most of their sentences are never shown.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** "1,234" in English, "1,234" in Chinese. */
export function formatNumber(locale: string, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** The plural category of a count ("one", "other", …). */
export function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}
