// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasModelHeader, readModelHeader, readModelHeaderProps } from '../../../lib/hubs/huggingface/page';
import { factsFromPageRecord } from '../../../lib/hubs/huggingface/gather';
import { fixtureText } from './helpers';

function docFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const props = (model: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ activeTab: 'files', model, ...extra });

describe('readModelHeaderProps', () => {
  it('reads a valid record and the active tab', () => {
    const r = readModelHeaderProps(
      props({ id: 'org/m', gated: 'auto', tags: ['license:mit'], cardData: { license: 'mit' } }),
    );
    expect('record' in r && r.record.id).toBe('org/m');
    expect('record' in r && r.record.gated).toBe('auto');
    expect('record' in r && r.activeTab).toBe('files');
  });

  it('fails on malformed JSON, a missing model, a non-object and an id-less model', () => {
    expect(readModelHeaderProps('{"model": {')).toEqual({ error: 'props-not-json' });
    expect(readModelHeaderProps('{"activeTab":"files"}')).toEqual({ error: 'props-no-model' });
    expect(readModelHeaderProps('[1,2]')).toEqual({ error: 'props-not-object' });
    expect(readModelHeaderProps(props({ author: 'x' }))).toEqual({ error: 'record-no-id' });
    expect(readModelHeaderProps(props({ id: 42 }))).toEqual({ error: 'record-no-id' });
  });

  it('drops fields of the wrong type and names them, keeping the rest', () => {
    const r = readModelHeaderProps(
      props({
        id: 'org/m',
        gated: 'sometimes',
        tags: 'license:mit',
        private: 'no',
        cardData: { license: 7, datasets: ['a/b'] },
      }),
    );
    if (!('record' in r)) throw new Error(r.error);
    expect(r.record.dropped.sort()).toEqual(['cardData.license', 'gated', 'private', 'tags']);
    expect(r.record.cardData?.datasets).toEqual(['a/b']);
    expect(r.record.tags).toEqual([]);
    const facts = factsFromPageRecord(r.record);
    expect(facts.notes.map((n) => n.params?.['field'])).toContain('gated');
    expect(facts.notes.map((n) => n.code)).toContain('files-not-listed');
  });

  it('does not return session data from the props', () => {
    const r = readModelHeaderProps(props({ id: 'org/m' }, { authLight: { csrfToken: 'SECRET' }, u: { name: 'me' } }));
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });

  it('rejects oversized props without parsing them', () => {
    expect(readModelHeaderProps(' '.repeat(5_000_001))).toEqual({ error: 'props-too-large' });
  });
});

describe('readModelHeader on fixture pages', () => {
  it('reads the Llama 3.1 Instruct page: gate, license, base model from tags', () => {
    const doc = docFrom(fixtureText('huggingface.co/meta-llama/Llama-3.1-8B-Instruct.html'));
    const r = readModelHeader(doc);
    if (!('record' in r)) throw new Error(r.error);
    expect(r.record.source).toBe('page');
    expect(r.record.siblings).toBeUndefined();
    const facts = factsFromPageRecord(r.record);
    expect(facts.access.gate).toBe('manual');
    expect(facts.licenses.map((l) => l.id)).toEqual(['llama3.1']);
    expect(facts.licenses[0]?.textSource).toBe('gate-prompt');
    expect(facts.baseModels).toEqual([{ id: 'meta-llama/Llama-3.1-8B', relation: 'finetune' }]);
    // No file list in page props: weights come from the record's safetensors field.
    expect(facts.files.known).toBe(false);
    expect(facts.access.weights.state).toBe('present');
    expect(facts.access.weights.evidence[0]?.kind).toBe('record-field');
  });

  it('marks page datasets the Hub does not hold (tag_objs extra.disabled) as off-hub', () => {
    const doc = docFrom(fixtureText('huggingface.co/google-bert/bert-base-uncased.html'));
    const r = readModelHeader(doc);
    if (!('record' in r)) throw new Error(r.error);
    const byId = Object.fromEntries(factsFromPageRecord(r.record).datasets.map((d) => [d.id, d.hub]));
    expect(byId).toEqual({ bookcorpus: 'huggingface', wikipedia: 'huggingface' });
    const doctored = readModelHeaderProps(
      props({
        id: 'o/m',
        tags: ['dataset:iNat21'],
        tag_objs: [{ id: 'dataset:iNat21', type: 'dataset', extra: { disabled: true } }],
      }),
    );
    if (!('record' in doctored)) throw new Error(doctored.error);
    expect(factsFromPageRecord(doctored.record).datasets[0]).toMatchObject({ id: 'iNat21', availability: 'unknown' });
    expect(factsFromPageRecord(doctored.record).datasets[0]?.hub).toBeUndefined();
  });

  it('tells the legacy root id page from a profile page', () => {
    const gpt2 = docFrom(fixtureText('huggingface.co/gpt2.html'));
    const profile = docFrom(fixtureText('huggingface.co/some-user.html'));
    expect(hasModelHeader(gpt2)).toBe(true);
    expect(hasModelHeader(profile)).toBe(false);
    const r = readModelHeader(gpt2);
    expect('record' in r && r.record.id).toBe('gpt2');
    expect(readModelHeader(profile)).toEqual({ error: 'no-model-header' });
  });

  it('reports a header without props', () => {
    const doc = docFrom('<div data-target="ModelHeader"></div>');
    expect(readModelHeader(doc)).toEqual({ error: 'no-props' });
  });

  it('fixture pages carry the real header shape and no scripts', () => {
    for (const page of [
      'meta-llama/Llama-3.1-8B-Instruct.html',
      'google-bert/bert-base-uncased.html',
      'google-bert/bert-base-uncased/tree/main.html',
      'CompVis/stable-diffusion-v1-4.html',
      'openai/clip-vit-base-patch32.html',
      'example-org/llama-3.1-8b-apache-finetune.html',
      'gpt2.html',
      'example-org/api-404-gguf/blob/main/api-404-gguf.Q4_K_M.gguf.html',
      'example-org/api-401-gguf/blob/main/api-401-gguf.Q4_K_M.gguf.html',
    ]) {
      const doc = docFrom(fixtureText(`huggingface.co/${page}`));
      expect(doc.querySelector('script'), page).toBeNull();
      expect(
        doc.querySelector('[data-target="ModelHeader"] header div.container.relative h1 a.font-mono.font-semibold'),
        page,
      ).not.toBeNull();
      expect(doc.querySelectorAll('[data-target="ModelHeader"] a.tab-alternate').length, page).toBeGreaterThanOrEqual(
        3,
      );
      expect(doc.querySelector('main'), page).not.toBeNull();
    }
  });

  it('the listing has at least 30 cards with a link, an h4 id and a time', () => {
    const doc = docFrom(fixtureText('huggingface.co/models.html'));
    const cards = [...doc.querySelectorAll('article.overview-card-wrapper')];
    expect(cards.length).toBeGreaterThanOrEqual(30);
    for (const c of cards) {
      const id = c.querySelector('h4')?.textContent ?? '';
      expect(c.querySelector('a[href]')?.getAttribute('href')).toContain(id);
      expect(c.querySelector('time')).not.toBeNull();
    }
  });
});
