// @vitest-environment happy-dom
/**
 * Which pages the content script badges: a model page, told by the URL (and the ModelHeader for one-segment URLs),
 * but never the hub's error pages, told by their markers whatever the URL's shape.
 */
import { describe, expect, it } from 'vitest';
import { findModelOnPage, isHubErrorPage } from '../../../lib/hubs/huggingface/find-model';
import { fixtureText } from './helpers';

const HF = 'https://huggingface.co';
const docFrom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const fixture = (rel: string) => docFrom(fixtureText(`huggingface.co/${rel}`));

/** A bare page with these markers, at no particular URL. */
const page = (title: string, bodyClass: string, main = '<main><h1>404</h1></main>') =>
  docFrom(`<!doctype html><html><head><title>${title}</title></head><body class="${bodyClass}">${main}</body></html>`);

describe('the hub’s error pages', () => {
  it.each([
    ['example-org/not-a-model.Q4_K_M.gguf', 404],
    ['example-org/server-error', 500],
  ])('the compact %s page (%i) has a model’s URL but gets no badge', (rel, status) => {
    const doc = fixture(`${rel}.html`);
    expect(doc.title).toBe(`${status} – Hugging Face`);
    expect(isHubErrorPage(doc)).toBe(true);
    expect(findModelOnPage(doc, `${HF}/${rel}`)).toBeUndefined();
    // The same URL with a model page behind it is a model page: only the markers decide.
    const model = fixture('example-org/api-404-gguf/blob/main/api-404-gguf.Q4_K_M.gguf.html');
    expect(findModelOnPage(model, `${HF}/${rel}`)?.id).toBe(rel);
  });

  it('either marker is enough: the body class alone, or the title alone', () => {
    expect(isHubErrorPage(page('Something else', 'flex ErrorPage'))).toBe(true);
    expect(isHubErrorPage(page('404 – Hugging Face', 'flex'))).toBe(true);
    expect(isHubErrorPage(page('503 — Hugging Face', ''))).toBe(true);
    expect(isHubErrorPage(page('429 - Hugging Face', ''))).toBe(true);
    expect(findModelOnPage(page('Something else', 'ErrorPage'), `${HF}/org/name/tree/main`)).toBeUndefined();
    expect(findModelOnPage(page('404 – Hugging Face', ''), `${HF}/org/name`)).toBeUndefined();
  });

  it('a model page is not an error page, whatever its name or title says', () => {
    for (const rel of [
      'google-bert/bert-base-uncased.html',
      'google-bert/bert-base-uncased/tree/main.html',
      'gpt2.html',
      'example-org/api-401-gguf/blob/main/api-401-gguf.Q4_K_M.gguf.html',
    ])
      expect(isHubErrorPage(fixture(rel)), rel).toBe(false);
    expect(isHubErrorPage(page('org/404 · Hugging Face', 'ViewerBlobPage'))).toBe(false);
    expect(isHubErrorPage(page('404 – Hugging Face fans/model', 'ErrorPages-like'))).toBe(false);
    expect(isHubErrorPage(page('200 – Hugging Face', ''))).toBe(false);
    const blob = findModelOnPage(
      fixture('example-org/api-404-gguf/blob/main/api-404-gguf.Q4_K_M.gguf.html'),
      `${HF}/example-org/api-404-gguf/blob/main/api-404-gguf.Q4_K_M.gguf`,
    );
    expect(blob?.id).toBe('example-org/api-404-gguf');
    expect(blob?.record).toMatchObject({ id: 'example-org/api-404-gguf', private: false });
  });

  it('a page with no title and no body still goes by its URL', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeChild(doc.body);
    expect(isHubErrorPage(doc)).toBe(false);
    expect(findModelOnPage(doc, `${HF}/org/name`)?.id).toBe('org/name');
  });
});
