/**
 * A shadow-root host for our UI, styled only by our own CSS. We create it ourselves (rather than WXT's
 * createShadowRootUi) so the CSS is inlined and the badge can appear synchronously, with no extra fetch.
 */
import css from '@/components/styles.css?inline';
import type { HubTheme } from '@/lib/hubs/descriptor';
import { activeCatalogue } from '@/lib/catalogue';

type Theme = 'dark' | 'light';

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  /** Keeps `data-theme` in step with the hub's theme (given, or read from the page by the hub's rule). */
  syncTheme: (theme?: Theme) => void;
  /** Adds styles that came later (a chunk's), once. */
  addStyles: (css: string) => void;
}

export const HOST_TAG = 'openness-lens';

export function createShadowHost(kind: 'badge' | 'card', rule: HubTheme): ShadowHost {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-kind', kind);
  // Inline and isolated: the host must never shift the hub's layout beyond the badge itself.
  host.style.cssText =
    'all: initial; display: inline-block; vertical-align: middle; margin-left: 8px; position: relative;';
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.className = 'ol-root';
  // The language it speaks, for screen readers, hyphenation and fonts: the page's may be another.
  container.lang = activeCatalogue().locale;
  addStyleSheet(shadow, css);
  shadow.append(container);
  const syncTheme = (theme = currentTheme(rule)) => {
    // On the host too, so the page (and tests) can see which theme the badge follows.
    host.setAttribute('data-theme', theme);
    container.setAttribute('data-theme', theme);
  };
  syncTheme();
  const added = new Set<string>();
  const addStyles = (more: string) => {
    if (added.has(more)) return;
    added.add(more);
    addStyleSheet(shadow, more);
  };
  return { host, container, syncTheme, addStyles };
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One constructed stylesheet per text, shared by every shadow root: a listing of 100 cards parses our CSS once, not
 * 100 times. Where constructed sheets are unavailable (or refused across Firefox's content-script boundary), a
 * <style> element instead.
 */
function addStyleSheet(shadow: ShadowRoot, text: string): void {
  try {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    const before = shadow.adoptedStyleSheets.length;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.length === before + 1) return;
  } catch {
    // fall through to a <style> element
  }
  const style = document.createElement('style');
  style.textContent = text;
  shadow.prepend(style);
}

/**
 * Calls `onChange` with the new theme when the hub switches its theme (the class or attribute its descriptor names)
 * or, without one, the system preference changes. Only a real change calls it: the hub changes other classes on
 * <html> too (opening a dialog, say).
 */
export function watchTheme(rule: HubTheme, onChange: (theme: Theme) => void): () => void {
  let last = currentTheme(rule);
  const check = () => {
    const theme = currentTheme(rule);
    if (theme === last) return;
    last = theme;
    onChange(theme);
  };
  const classes = new MutationObserver(check);
  classes.observe(document.documentElement, { attributes: true, attributeFilter: [rule.attribute] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', check);
  return () => {
    classes.disconnect();
    system.removeEventListener('change', check);
  };
}

/** The hub's theme, read as its descriptor says (a class or an attribute on <html>); without one, the system's. */
export function currentTheme(rule: HubTheme): Theme {
  const html = document.documentElement;
  const is = (value: string | undefined) =>
    value !== undefined &&
    (rule.attribute === 'class' ? html.classList.contains(value) : html.getAttribute(rule.attribute) === value);
  if (is(rule.dark)) return 'dark';
  if (is(rule.light)) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
