// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlMatrix } from '../support/url-matrix';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
let doc: Document;
import * as urls from '../../../lib/hubs/kaggle/urls';
import { kagglePage } from '../../../lib/hubs/kaggle/page';
import { kaggle } from '../../../lib/hubs/kaggle/adapter';
import { assessed, HUB_DIR } from './helpers';

urlMatrix('Kaggle Models', {
  predicates: urls.PREDICATES,
  lists: { model: urls.modelPageUrls, variation: urls.variationPageUrls },
  others: urls.otherPageUrls,
});

describe('Kaggle Models model ids', () => {
  it('names the current and the legacy variation forms alike', () => {
    expect(
      urls.kaggleModelId(
        'https://www.kaggle.com/models/google/gemma/frameworks/tfLite/variations/gemma-2b-it-gpu-int4',
      ),
    ).toBe('google/gemma/tflite/gemma-2b-it-gpu-int4');
    expect(urls.kaggleModelId('https://www.kaggle.com/models/google/gemma/tfLite/gemma-2b-it-gpu-int4/3')).toBe(
      'google/gemma/tflite/gemma-2b-it-gpu-int4',
    );
  });
});

describe('Kaggle adapter: what the page renders', () => {
  const url = 'https://www.kaggle.com/models/example-org/tiny-bert/transformers/tiny-bert-en';
  it('reads the license display name, training data and base model, and maps the license', () => {
    doc = parse(
      readFileSync(
        path.join(HUB_DIR, 'www.kaggle.com/models/example-org/tiny-bert/transformers/tiny-bert-en.html'),
        'utf8',
      ),
    );
    const ref = kagglePage.findModel(doc, url);
    expect(ref?.record).toEqual({
      license: 'Apache 2.0',
      trainingData: ['BookCorpus', 'English Wikipedia'],
      baseModel: 'google/bert-base-uncased',
    });
    const facts = kaggle.pageFacts!(ref!);
    expect(facts?.licenses).toEqual([{ id: 'apache-2.0', name: 'Apache 2.0', source: 'page' }]);
    const a = assessed(facts!);
    expect(a.license.osiApproved).toBe(true);
    expect(a.tier).toBe('downloadable');
    const data = a.components['training-data'].evidence.map((e) => e.detail).join(' | ');
    expect(data).toMatch(/BookCorpus/);
    expect(data).toMatch(/English Wikipedia/);
    expect(a.warnings.map((w) => w.code)).toContain('hub-beta');
  });
  it('Kaggle display names reach the knowledge base', () => {
    for (const [name, id] of [
      ['Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)', 'cc-by-nc-4.0'],
      ['CC0: Public Domain', 'cc0-1.0'],
      ['GPL 2', 'gpl-2.0'],
    ]) {
      const facts = kaggle.pageFacts!({ hub: 'kaggle', id: 'o/m/keras/v', url, record: { license: name } });
      expect(facts?.licenses[0]?.id).toBe(id);
    }
  });
  it('refuses a page record of the wrong shape, and asks the hub nothing', async () => {
    expect(kaggle.pageFacts!({ hub: 'kaggle', id: 'o/m', url, record: { license: 42 } })).toBeUndefined();
    const asked: string[] = [];
    const result = await kaggle.gather('o/m', (u) => (asked.push(u), Promise.reject(new Error('no'))));
    expect(result.status).toBe('error');
    expect(asked).toEqual([]);
  });
});
