/**
 * `npm run experts:update -- DIR` on a small expert-data directory of our own (tests/fixtures/experts/data): the
 * class the MOT computes from each record, the Index's grades and mean, links, attribution, and records kept off
 * models they do not describe.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/experts-update';
import { ExpertSnapshotSchema } from '@/lib/schema/experts';
import { hfRepoId } from '@/lib/experts/records';
import { EXPERT_SNAPSHOT } from '@/lib/experts/snapshot';

const out = mkdtempSync(path.join(tmpdir(), 'experts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const printed: string[] = [];
const code = run('tests/fixtures/experts/data', out, {
  stdout: (t) => printed.push(t),
  stderr: (t) => printed.push(t),
});
const snapshot = ExpertSnapshotSchema.parse(JSON.parse(readFileSync(path.join(out, 'snapshot.json'), 'utf8')));

describe('experts:update', () => {
  it('writes a snapshot the schema accepts', () => expect(code).toBe(0));

  it("gives each MOT record the class the MOT computes, its date, and its page on the MOT's site", () => {
    expect(snapshot.mot['allenai/olmo-7b']).toMatchObject({
      name: 'OLMo-7B',
      class: 1,
      date: '2025-05-16',
      url: 'https://mot.isitopen.ai/model/OLMo-7B',
    });
    expect(snapshot.mot['mistralai/mistral-7b-v0.1']).toMatchObject({
      class: 0,
      included: ['architecture', 'weights'],
      unlicensed: ['research-paper'],
    });
  });

  it('links a record the site no longer shows (dated before 2025) to its file at the pinned commit', () => {
    expect(snapshot.mot['openai-community/gpt2']?.url).toBe(
      'https://github.com/lfai/model_openness_tool/blob/8b5d30e90a7c62d7d6ece48b91e69ff495920a4d/models/GPT-2.yml',
    );
  });

  it('reads "Component not included" typed as a license as a component that is not there', () => {
    const gpt2 = snapshot.mot['openai-community/gpt2']!;
    expect(gpt2.invalid).toEqual([]);
    expect(gpt2.included).toEqual(['architecture']);
    expect(gpt2.unlicensed).toEqual(['model-card']);
  });

  it("keeps a record off a model its name contradicts, and one namesake's record per id", () => {
    expect(snapshot.mot['google/codegemma-7b']).toBeUndefined();
    expect(snapshot.mot['meta-llama/meta-llama-3-8b-instruct']?.name).toBe('Meta-Llama-3-8B-Instruct');
    expect(printed.join('')).toMatch(/CodeGemma-2B\.yml: names google\/codegemma-7b/);
  });

  it("gives the Index's grades and their mean (open 1, partial 0.5, closed 0), linked to its page", () => {
    expect(snapshot.osai['huggingfaceh4/zephyr-7b-beta']).toMatchObject({
      name: 'Zephyr',
      mean: 0.542,
      url: 'https://osai-index.eu/model/Zephyr',
    });
    expect(snapshot.osai['huggingfaceh4/zephyr-7b-beta']?.grades.licenses).toBe('partial');
    expect(snapshot.osai['allenai/olmo-3.1-32b-think']?.mean).toBe(0.958);
  });

  it("maps an Index record to the model its own fields name, never to its base model's link", () => {
    expect(snapshot.osai['allenai/olmo-3-1125-32b']).toBeUndefined();
    expect(snapshot.osai['mistralai/mistral-7b-v0.1']).toBeUndefined();
    expect(snapshot.osai['example/template']).toBeUndefined();
  });

  it('carries the attribution each license asks for', () => {
    expect(snapshot.sources.mot.attribution).toMatch(/^Copyright 2024 The Model Openness Tool Authors/);
    expect(snapshot.sources.mot.attribution).toMatch(/permission notice shall be included/);
    expect(snapshot.sources.osai.attribution).toContain('https://osai-index.eu/');
    expect(snapshot.sources.osai.attribution).toContain('CC BY 4.0');
    expect(snapshot.sources.osai.citation).toMatch(
      /^Liesenfeld, A\. and Dingemanse, M\., 2024\. Rethinking open source/,
    );
    expect(snapshot.sources.osai.attribution).toContain('doi:10.5281/zenodo.15386042');
  });

  it('the committed snapshot is valid and attributed', () => {
    expect(Object.keys(EXPERT_SNAPSHOT.mot).length).toBeGreaterThan(100);
    expect(EXPERT_SNAPSHOT.sources.osai.attribution).toContain('https://osai-index.eu/');
    expect(EXPERT_SNAPSHOT.mot['meta-llama/llama-3.1-8b']).toMatchObject({ class: 0, date: '2025-05-26' });
  });
});

describe('the Hugging Face id a record field names', () => {
  it.each([
    ['https://huggingface.co/allenai/OLMo-7B', 'allenai/OLMo-7B'],
    ['mistralai/Mistral-7B-v0.1', 'mistralai/Mistral-7B-v0.1'],
    ['https://huggingface.co/stabilityai/stablelm-2-1_6b/tree/main', 'stabilityai/stablelm-2-1_6b'],
    ['see https://huggingface.co/gpt2 for the weights', 'gpt2'],
    ['https://huggingface.co/datasets/allenai/dolma', undefined],
    ['https://huggingface.co/collections/ibm-granite/granite-4', undefined],
    ['https://huggingface.co', undefined],
    ['Baichuan 2: Open Large-scale Language Models', undefined],
  ])('%s → %s', (value, id) => expect(hfRepoId(value)).toBe(id));
});
