/**
 * Numbers and plurals as a locale writes them, with the `Intl` objects made on first use: constructing one is slow
 * the first time (the browser loads the locale's data), and the catalogues are loaded by every content script at
 * start, on the hub's main thread, where most of their sentences are never shown.
 *
 * The first `Intl.NumberFormat` of a page costs Chromium 30–60 ms on this project's 2-core machine (its locale data
 * loaded on the page's main thread), and the breakdown's counts ("3 datasets") were what paid it, on the click that
 * opens it. Our locales write an integer below 1,000 as its plain digits, exactly as `Intl` does (a test holds the
 * two equal for every such integer), so those skip it; every other number goes through `Intl`.
 */
const numbers = new Map<string, Intl.NumberFormat>();
/** The catalogues' locales, which write small integers in ASCII digits with no grouping. */
const PLAIN_DIGITS = new Set(['en', 'zh-CN']);
const plurals = new Map<string, Intl.PluralRules>();

/** "1,234" in English, "1,234" in Chinese. */
export function formatNumber(locale: string, value: number): string {
  if (PLAIN_DIGITS.has(locale) && Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0))
    return String(value);
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
