/**
 * The locales the interface speaks, and which one a browser's UI language gets. Simplified Chinese for every
 * Chinese that is not written in Traditional characters; English for everything else — as the browser picks the
 * manifest's own `_locales` (no zh_TW there, so Traditional Chinese gets the default, English).
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export function localeFor(uiLanguage: string): Locale {
  const tag = uiLanguage.toLowerCase().replace(/_/g, '-');
  if (!/^zh(-|$)/.test(tag)) return 'en';
  return /^zh-(hant|tw|hk|mo)(-|$)/.test(tag) ? 'en' : 'zh-CN';
}
