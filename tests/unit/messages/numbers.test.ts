/**
 * Numbers as each catalogue's locale writes them: small integers skip building an `Intl.NumberFormat` (slow the
 * first time on a hub's page), and must read exactly as `Intl` writes them; every other number is `Intl`'s.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/catalogue/intl';

describe.each(['en', 'zh-CN'])('numbers in %s', (locale) => {
  const intl = new Intl.NumberFormat(locale);

  it('writes every integer between -999 and 999 as Intl does', () => {
    for (let n = -999; n <= 999; n++) expect(formatNumber(locale, n)).toBe(intl.format(n));
  });

  it('writes negative zero, larger numbers and fractions as Intl does', () => {
    for (const n of [-0, 1000, -1000, 12_345, 1_234_567, 2.5, -0.75, 999.5])
      expect(formatNumber(locale, n)).toBe(intl.format(n));
  });
});
