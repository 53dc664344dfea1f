import { describe, expect, it } from 'vitest';
import { urlMatrix } from '../support/url-matrix';
import * as urls from '../../../lib/hubs/modelscope/urls';
import { readFrontMatter } from '../../../lib/hubs/modelscope/front-matter';
import { licenseDeclaration } from '../../../lib/hubs/modelscope/to-facts';
import { assessed, factsOf, gatherUrl } from './helpers';

const M = 'https://modelscope.cn/models';

urlMatrix('ModelScope', {
  predicates: urls.PREDICATES,
  lists: { model: urls.modelPageUrls, listing: urls.listingUrls },
  others: urls.otherPageUrls,
  modelId: urls.modelscopeModelId,
});

describe('ModelScope model ids', () => {
  it('a tab suffix still names the model', () => {
    expect(urls.modelscopeModelId(`${M}/qwen/Qwen2.5-0.5B-Instruct/summary`)).toBe('qwen/Qwen2.5-0.5B-Instruct');
  });
});

describe('ModelScope licenses and front matter', () => {
  it('normalises display names to the knowledge base, keeping the hub spelling as the name', () => {
    expect(licenseDeclaration('Apache License 2.0', 'api')).toEqual({
      id: 'apache-2.0',
      name: 'Apache License 2.0',
      source: 'api',
    });
    expect(licenseDeclaration('MIT License', 'api').id).toBe('mit');
    expect(licenseDeclaration('openrail++', 'api').id).toBe('openrail++');
    expect(licenseDeclaration('Some House License', 'api').id).toBe('some house license');
  });
  it('reads license, datasets and base model from the front matter', () => {
    expect(readFrontMatter('---\nlicense: "mit"\ndatasets:\n  - a/b\n  - c\nbase_model: [x/y]\n---\n# t')).toEqual({
      license: 'mit',
      datasets: ['a/b', 'c'],
      baseModels: ['x/y'],
    });
    expect(readFrontMatter('# no front matter')).toEqual({ datasets: [], baseModels: [] });
  });
});

describe('ModelScope adapter over the recorded hub', () => {
  it('"Apache License 2.0" is apache-2.0: OSI-approved, with its weights, base model and code link', async () => {
    const facts = await factsOf(`${M}/DiffSynth-Studio/Qwen-Image-Edit-F2P`);
    expect(facts.licenses).toEqual([{ id: 'apache-2.0', name: 'Apache License 2.0', source: 'api' }]);
    expect(facts.baseModels).toEqual([{ id: 'Qwen/Qwen-Image-Edit', relation: 'adapter' }]);
    expect(facts.access.gate).toBe('manual');
    const a = assessed(facts);
    expect(a.license.ids).toEqual(['apache-2.0']);
    expect(a.license.osiApproved).toBe(true);
    expect(a.tier).toBe('downloadable');
    expect(a.components.weights.evidence.map((e) => e.detail)).toEqual(['model.safetensors']);
    expect(a.lineage[0]).toMatchObject({ id: 'Qwen/Qwen-Image-Edit', relation: 'adapter', status: 'unresolved' });
    expect(facts.codeLinks.map((l) => l.url)).toEqual(['https://github.com/modelscope/DiffSynth-Studio']);
    // The base is named, not followed: what it passes down is unknown, not missing.
    expect(a.components['training-code']).toMatchObject({ status: 'unknown', inheritedFrom: 'Qwen/Qwen-Image-Edit' });
  });

  it('"other" falls back to the README: its license name, its datasets, the record\'s paper', async () => {
    const facts = await factsOf(`${M}/example-org/story-writer-7b`);
    expect(facts.licenses).toEqual([{ id: 'mit', name: 'MIT License', source: 'card' }]);
    expect(facts.datasets.map((d) => d.id)).toEqual(['example-org/short-stories']);
    expect(facts.papers.map((p) => p.id)).toEqual(['2407.10671']);
    const a = assessed(facts);
    expect(a.components['research-paper'].status).toBe('present');
  });

  it('a listing card asks only the record', async () => {
    const { asked } = await gatherUrl(`${M}/lightx2v/Qwen-Image-Lightning`, true);
    expect(asked).toEqual(['https://modelscope.cn/api/v1/models/lightx2v/Qwen-Image-Lightning']);
  });

  it('a missing model is not found', async () => {
    expect((await gatherUrl(`${M}/nobody/nothing`)).result.status).toBe('not-found');
  });
});
