// @vitest-environment happy-dom
/**
 * A model page's embedded record, the way it ships: the content script takes `props.model` from the ModelHeader
 * (`findModelOnPage`, `modelFromProps`), and the background's adapter validates it into facts (`pageFacts`).
 */
import { describe, expect, it } from 'vitest';
import { huggingface } from '../../../lib/hubs/huggingface/adapter';
import { findModelOnPage, modelFromProps } from '../../../lib/hubs/huggingface/find-model';
import { fixtureText } from './helpers';

const HF = 'https://huggingface.co';
const docFrom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const props = (model: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ activeTab: 'files', model, ...extra });
/** The background's facts from a record the content script sent. */
const pageFacts = (record: unknown) =>
  huggingface.pageFacts?.({ hub: 'huggingface', id: 'org/m', url: `${HF}/org/m`, record });
/** What a fixture page gives, start to end. */
function factsOfPage(rel: string, id: string) {
  const ref = findModelOnPage(docFrom(fixtureText(`huggingface.co/${rel}`)), `${HF}/${rel.replace(/\.html$/, '')}`);
  expect(ref?.id).toBe(id);
  return ref && huggingface.pageFacts?.(ref);
}

describe('the record in a ModelHeader’s props', () => {
  it('reads a valid record: the gate, the license', () => {
    const facts = pageFacts(
      modelFromProps(props({ id: 'org/m', gated: 'auto', tags: ['license:mit'], cardData: { license: 'mit' } })),
    );
    expect(facts?.access.gate).toBe('auto');
    expect(facts?.licenses.map((l) => l.id)).toEqual(['mit']);
  });

  it('gives nothing for malformed JSON, a missing model, a non-object, an id-less model, oversized props', () => {
    expect(modelFromProps('{"model": {')).toBeUndefined();
    expect(modelFromProps('{"activeTab":"files"}')).toBeUndefined();
    expect(modelFromProps('')).toBeUndefined();
    expect(modelFromProps(null)).toBeUndefined();
    expect(modelFromProps(' '.repeat(5_000_001))).toBeUndefined();
    expect(pageFacts(modelFromProps('[1,2]'))).toBeUndefined();
    expect(pageFacts(modelFromProps(props({ author: 'x' })))).toBeUndefined();
    expect(pageFacts(modelFromProps(props({ id: 42 })))).toBeUndefined();
  });

  it('drops fields of the wrong type and says which, keeping the rest', () => {
    const facts = pageFacts(
      modelFromProps(
        props({
          id: 'org/m',
          gated: 'sometimes',
          tags: 'license:mit',
          private: 'no',
          cardData: { license: 7, datasets: ['a/b'] },
        }),
      ),
    );
    const dropped = facts?.notes.filter((n) => n.code === 'record-field-invalid').map((n) => n.params?.['field']);
    expect(dropped?.sort()).toEqual(['cardData.license', 'gated', 'private', 'tags']);
    expect(facts?.datasets.map((d) => d.id)).toEqual(['a/b']);
    expect(facts?.notes.map((n) => n.code)).toContain('files-not-listed');
  });

  it('never lets session data out of the props', () => {
    const model = modelFromProps(props({ id: 'org/m' }, { authLight: { csrfToken: 'SECRET' }, u: { name: 'me' } }));
    expect(JSON.stringify(model)).not.toContain('SECRET');
    expect(JSON.stringify(pageFacts(model))).not.toContain('SECRET');
  });
});

describe('fixture pages, end to end', () => {
  it('the Llama 3.1 Instruct page: gate, license from the gate prompt, base model from tags', () => {
    const facts = factsOfPage('meta-llama/Llama-3.1-8B-Instruct.html', 'meta-llama/Llama-3.1-8B-Instruct');
    expect(facts?.access.gate).toBe('manual');
    expect(facts?.licenses.map((l) => l.id)).toEqual(['llama3.1']);
    expect(facts?.licenses[0]?.textSource).toBe('gate-prompt');
    expect(facts?.baseModels).toEqual([{ id: 'meta-llama/Llama-3.1-8B', relation: 'finetune' }]);
    // No file list in page props: weights come from the record's safetensors field.
    expect(facts?.files.known).toBe(false);
    expect(facts?.access.weights.state).toBe('present');
    expect(facts?.access.weights.evidence[0]?.kind).toBe('record-field');
  });

  it('marks page datasets the hub does not hold (tag_objs extra.disabled) as off-hub', () => {
    const facts = factsOfPage('google-bert/bert-base-uncased.html', 'google-bert/bert-base-uncased');
    expect(Object.fromEntries((facts?.datasets ?? []).map((d) => [d.id, d.hub]))).toEqual({
      bookcorpus: 'huggingface',
      wikipedia: 'huggingface',
    });
    const doctored = pageFacts(
      modelFromProps(
        props({
          id: 'o/m',
          tags: ['dataset:iNat21'],
          tag_objs: [{ id: 'dataset:iNat21', type: 'dataset', extra: { disabled: true } }],
        }),
      ),
    );
    expect(doctored?.datasets[0]).toMatchObject({ id: 'iNat21', availability: 'unknown' });
    expect(doctored?.datasets[0]?.hub).toBeUndefined();
  });

  it('tells the legacy root id page from a profile page', () => {
    expect(factsOfPage('gpt2.html', 'gpt2')?.id).toBe('gpt2');
    expect(findModelOnPage(docFrom(fixtureText('huggingface.co/some-user.html')), `${HF}/some-user`)).toBeUndefined();
  });

  it('a header without props is still a model page, with nothing embedded', () => {
    const ref = findModelOnPage(docFrom('<main><div data-target="ModelHeader"></div></main>'), `${HF}/org/m`);
    expect(ref).toEqual({ hub: 'huggingface', id: 'org/m', url: `${HF}/org/m` });
  });

  it('fixture pages carry the real header shape and no scripts', () => {
    for (const page of [
      'meta-llama/Llama-3.1-8B-Instruct.html',
      'google-bert/bert-base-uncased.html',
      'google-bert/bert-base-uncased/tree/main.html',
      'CompVis/stable-diffusion-v1-4.html',
      'openai/clip-vit-base-patch32.html',
      'example-org/llama-3.1-8b-apache-finetune.html',
      'example-org/vision-terms-model.html',
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
