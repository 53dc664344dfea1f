// @vitest-environment happy-dom
/** The badge follows each hub's theme as its descriptor says to read it: a class or an attribute on <html>. */
import { afterEach, describe, expect, it } from 'vitest';
import { currentTheme, watchTheme } from '@/content-runtime/shadow-host';
import { huggingfaceHub } from '@/lib/hubs/huggingface/descriptor';
import type { HubTheme } from '@/lib/hubs/descriptor';

const html = document.documentElement;
const attributeRule: HubTheme = { attribute: 'data-mantine-color-scheme', dark: 'dark', light: 'light' };

afterEach(() => {
  html.className = '';
  html.removeAttribute(attributeRule.attribute);
});

describe('the hub theme', () => {
  it('reads Hugging Face’s class on <html>, and the system preference without one', () => {
    html.classList.add('dark');
    expect(currentTheme(huggingfaceHub.theme)).toBe('dark');
    html.className = 'light';
    expect(currentTheme(huggingfaceHub.theme)).toBe('light');
    html.className = '';
    expect(currentTheme(huggingfaceHub.theme)).toBe(
      matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    );
  });

  it('reads an attribute when the descriptor names one, and ignores the `dark` class then', () => {
    html.classList.add('dark');
    html.setAttribute(attributeRule.attribute, 'light');
    expect(currentTheme(attributeRule)).toBe('light');
    html.setAttribute(attributeRule.attribute, 'dark');
    expect(currentTheme(attributeRule)).toBe('dark');
  });

  it('watches the descriptor’s attribute, and calls back only on a real change', async () => {
    const seen: string[] = [];
    html.setAttribute(attributeRule.attribute, 'light');
    const stop = watchTheme(attributeRule, (theme) => seen.push(theme));
    html.setAttribute(attributeRule.attribute, 'dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    html.classList.add('modal-open');
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['dark']);
  });
});
