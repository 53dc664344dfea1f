import { formatNumber } from './intl';

/**
 * How the Simplified Chinese catalogue writes what it shares across its parts.
 *
 * Spacing of Latin words inside Simplified Chinese text, as zh-CN technical writing sets it: a word that touches
 * Chinese characters gets a space on each side that starts or ends with a Latin letter or digit ("符合 OSAID 的要求",
 * "符合开放权重的要求"); next to full-width punctuation, write no space.
 */
export const sp = (text: string) => `${/^[\w(]/.test(text) ? ' ' : ''}${text}${/[\w)]$/.test(text) ? ' ' : ''}`;

/** The same at the start of a sentence. */
export const lead = (text: string) => sp(text).trimStart();

const CLASS_NUMERALS: Readonly<Record<string, string>> = { I: '一', II: '二', III: '三', 1: '一', 2: '二', 3: '三' };

/** MOF classes in Chinese numerals, from a Roman numeral or a number: "第二类" (`第${classNumber('II')}类`). */
export function classNumber(value: string | number | undefined): string {
  const key = String(value);
  return Object.hasOwn(CLASS_NUMERALS, key) ? CLASS_NUMERALS[key]! : sp(key);
}

/** A count as zh-CN writes it. */
export const n = (value: number) => formatNumber('zh-CN', value);
