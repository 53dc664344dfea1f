// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { urlMatrix } from '../support/url-matrix';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
let doc: Document;
import * as urls from '../../../lib/hubs/ollama/urls';
import { readOllamaPage } from '../../../lib/hubs/ollama/html';
import { knownLicenseDigest } from '../../../lib/hubs/ollama/digests';
import { ollamaPage } from '../../../lib/hubs/ollama/page';
import { ollamaHub } from '../../../lib/hubs/ollama/descriptor';
import { assessed, factsOf, gatherUrl, HUB_DIR } from './helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const O = 'https://ollama.com';

urlMatrix('Ollama', {
  predicates: urls.PREDICATES,
  lists: {
    model: urls.modelPageUrls,
    tags: urls.tagsPageUrls,
    blob: urls.blobPageUrls,
    listing: urls.listingUrls,
  },
  others: urls.otherPageUrls,
  modelId: urls.ollamaModelId,
});

describe('Ollama model ids', () => {
  it('names models by namespace, name and tag', () => {
    expect(urls.ollamaModelId(`${O}/library/gemma:2b`)).toBe('library/gemma:2b');
    expect(urls.ollamaModelId(`${O}/library/magistral/tags`)).toBe('library/magistral');
    expect(urls.ollamaModelId(`${O}/nawalkhan/legal-llm:latest/blobs/4fa551d4f938`)).toBe('nawalkhan/legal-llm:latest');
    expect(urls.tagPageUrl({ namespace: 'library', name: 'gemma' })).toBe(`${O}/library/gemma:latest`);
  });
});

describe('reading Ollama pages', () => {
  it('reads the layer rows of a tag page, in order, with their digests, and its readme', () => {
    const html = readFileSync('tests/fixtures/hub/ollama.com/library/gemma:latest.html', 'utf8');
    const page = readOllamaPage(html);
    expect(page.layers.map((l) => l.kind)).toEqual(['model', 'license', 'template', 'params']);
    expect(page.layers[1]?.digest).toBe('097a36493f71');
    expect(page.readme?.text).toMatch(/Gemma is a family of lightweight open models/);
  });
  it('knows the license digests of the table and no others', () => {
    expect(knownLicenseDigest('097a36493f71')).toBe('gemma');
    expect(knownLicenseDigest('sha256:097a36493f718248845233af1d3fefe7a303f864fae13bc31a3a9704229378ca')).toBe('gemma');
    expect(knownLicenseDigest('abcdef012345')).toBeUndefined();
    expect(knownLicenseDigest('constructor')).toBeUndefined();
  });
});

describe('Ollama adapter over the recorded hub', () => {
  it('gemma: the Gemma terms and their clauses, from its license layer, with no text fetched', async () => {
    const { result, asked } = await gatherUrl(`${O}/library/gemma`);
    expect(asked).toEqual([`${O}/library/gemma:latest`]);
    if (result.status !== 'ok') throw new Error(result.status);
    expect(result.facts.licenses).toEqual([expect.objectContaining({ id: 'gemma', source: 'license-layer' })]);
    const a = assessed(result.facts);
    expect(a.tier).toBe('downloadable');
    expect(a.license.entries[0]?.name).toBe('Gemma Terms of Use');
    expect(a.license.clauses.map((c) => c.id)).toEqual(['use-restrictions', 'revocable']);
    expect(a.components.weights).toMatchObject({ status: 'present' });
    expect(a.components.weights.evidence[0]?.detail).toMatch(/model layer c1864a5eb193/);
    expect(a.components['research-paper'].status).toBe('present');
    expect(a.verdicts.osaid.open).toBe(false);
  });

  it('a page without a layer list: the registry manifest names the license layer', async () => {
    const { result, asked } = await gatherUrl(`${O}/library/gemma:2b`);
    expect(asked).toEqual([`${O}/library/gemma:2b`, 'https://registry.ollama.ai/v2/library/gemma/manifests/2b']);
    expect(result.status === 'ok' && result.facts.licenses.map((l) => l.id)).toEqual(['gemma']);
  });

  it('a license and a use-policy layer are read together; the EU clause only for the multimodal model', async () => {
    const text = assessed(await factsOf(`${O}/library/llama3.2`));
    expect(text.license.ids).toEqual(['llama3.2', 'llama3.2-acceptable-use-policy']);
    expect(text.license.clauses.map((c) => c.id)).toEqual(['user-cap', 'use-restrictions', 'naming']);
    const vision = assessed(await factsOf(`${O}/library/llama3.2-vision`));
    expect(vision.license.clauses.map((c) => c.id)).toContain('geographic');
    expect(vision.verdicts['open-weights'].open).toBe(true);
    expect(vision.verdicts.osaid.open).toBe(false);
  });

  it('an unknown digest: its text is read from the layer page, with the sentence as evidence', async () => {
    const { result, asked } = await gatherUrl(`${O}/example-user/story-llm`);
    expect(asked).toContain(`${O}/example-user/story-llm:latest/blobs/abcdef012345`);
    if (result.status !== 'ok') throw new Error(result.status);
    const a = assessed(result.facts);
    const nc = a.license.clauses.find((c) => c.id === 'non-commercial');
    expect(nc).toMatchObject({ source: 'text' });
    expect(nc?.quote).toMatch(/non-commercial research purposes only/);
    expect(a.verdicts['open-weights'].open).toBe(false);
    expect(a.warnings.map((w) => w.code)).toContain('license-read-from-text');
  });

  it('listing cards ask one page each and read no license text', async () => {
    const { asked } = await gatherUrl(`${O}/example-user/story-llm`, true);
    expect(asked).toEqual([`${O}/example-user/story-llm:latest`]);
  });

  it('a missing model is not found', async () => {
    expect((await gatherUrl(`${O}/library/no-such-model`)).result.status).toBe('not-found');
  });

  it('finds the library cards and the badge anchor', () => {
    doc = parse(readFileSync(path.join(HUB_DIR, 'ollama.com/library.html'), 'utf8'));
    const cards = [...doc.querySelectorAll(ollamaHub.cards.selector)];
    expect(cards.map((c) => ollamaPage.cardModelId!(c, `${O}/library`))).toEqual([
      'library/gemma',
      'library/llama3.2',
      'library/llama3.2-vision',
    ]);
    doc = parse(readFileSync(path.join(HUB_DIR, 'ollama.com/library/gemma.html'), 'utf8'));
    expect(ollamaPage.badgeAnchor(doc)?.querySelector('[x-test-model-name]')).not.toBeNull();
  });
});
