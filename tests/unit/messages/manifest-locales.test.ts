/** The manifest's words (public/_locales): every message in every locale, none left empty. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('public/_locales');
const read = (locale: string) =>
  JSON.parse(readFileSync(path.join(DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; description?: string }
  >;

describe('the manifest’s locales', () => {
  const english = read('en');
  const locales = readdirSync(DIR);

  it('are English and Simplified Chinese, the interface’s two', () => {
    expect(locales.sort()).toEqual(['en', 'zh_CN']);
  });

  it.each(locales)('%s has exactly the English messages, each with words', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });
});
