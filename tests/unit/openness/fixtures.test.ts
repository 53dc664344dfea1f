/** gather (the Hugging Face adapter over the recorded hub) + assess, checked on what a user would see. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherHuggingFaceFacts } from '../../../lib/hubs/huggingface/gather';
import { assess } from '../../../lib/openness';
import { AssessmentSchema, type Assessment } from '../../../lib/schema/assessment';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { recordedHubFetcher } from '../../../scripts/recorded-hub';

const HUB = path.resolve(__dirname, '../../fixtures/hub');

async function assessed(id: string): Promise<Assessment> {
  const gathered = await gatherHuggingFaceFacts(id, recordedHubFetcher(HUB));
  if (gathered.status !== 'ok') throw new Error(`${id}: ${gathered.status}`);
  const result = assess(gathered.facts, DEFAULT_SETTINGS);
  expect(AssessmentSchema.safeParse(result).success).toBe(true);
  return result;
}

describe('recorded hub fixtures', () => {
  it('meta-llama/Llama-3.1-8B-Instruct: downloadable, Llama clauses, not OSAID, open weights, data gap from its base', async () => {
    const result = await assessed('meta-llama/Llama-3.1-8B-Instruct');
    expect(result.tier).toBe('downloadable');
    expect(result.tierReason.code).toBe('tier-downloadable-gated');
    expect(result.license.ids).toEqual(['llama3.1']);
    expect(result.license.clauses.map((c) => c.id)).toEqual(['user-cap', 'use-restrictions', 'naming']);
    expect(result.verdicts.osaid.open).toBe(false);
    expect(result.verdicts['open-weights'].open).toBe(true);
    expect(result.components.weights.evidence).toContainEqual(
      expect.objectContaining({ kind: 'file', detail: 'model-00001-of-00004.safetensors' }),
    );
    const data = result.components['training-data'];
    expect(data.status).not.toBe('present');
    expect(data.evidence).toContainEqual(
      expect.objectContaining({ kind: 'base-model', detail: 'meta-llama/Llama-3.1-8B' }),
    );
    expect(result.lineage[0]).toMatchObject({
      id: 'meta-llama/Llama-3.1-8B',
      relation: 'finetune',
      status: 'resolved',
    });
  });

  it('google-bert/bert-base-uncased: apache-2.0, OSI-approved, paper and datasets found', async () => {
    const result = await assessed('google-bert/bert-base-uncased');
    expect(result.license.ids).toEqual(['apache-2.0']);
    expect(result.license.osiApproved).toBe(true);
    expect(result.components['research-paper'].evidence).toContainEqual(
      expect.objectContaining({ kind: 'paper', detail: 'arXiv:1810.04805' }),
    );
    expect(result.components['training-data'].status).toBe('present');
    expect(result.components['training-data'].evidence.map((e) => e.detail)).toEqual(['bookcorpus', 'wikipedia']);
    expect(result.verdicts['open-weights'].open).toBe(true);
  });

  it('the other-licensed model: clauses read from its LICENSE text, with the sentences quoted', async () => {
    const result = await assessed('example-org/custom-license-model');
    expect(result.license.entries[0]?.known).toBe(false);
    expect(result.license.osiApproved).toBe(false);
    const userCap = result.license.clauses.find((c) => c.id === 'user-cap');
    expect(userCap).toMatchObject({ source: 'text' });
    expect(userCap?.quote).toContain('700 million monthly active users');
    expect(result.warnings.map((w) => w.code)).toContain('license-read-from-text');
    expect(result.verdicts.osaid.open).toBe(false);
    expect(result.components['intermediate-weights'].evidence).toContainEqual({ kind: 'branch', detail: 'step1000' });
  });

  it('an apache fine-tune of Llama: Llama clauses from the base and a looser-than-base warning', async () => {
    const result = await assessed('example-org/llama-3.1-8b-apache-finetune');
    expect(result.license.ids).toEqual(['apache-2.0']);
    expect(result.license.clauses).toContainEqual(
      expect.objectContaining({ id: 'user-cap', source: 'base-model', from: 'meta-llama/Llama-3.1-8B-Instruct' }),
    );
    expect(result.warnings.map((w) => w.code)).toContain('looser-than-base');
    expect(result.verdicts.osaid.open).toBe(false);
  });

  it('a fine-tune of a deleted base: unresolved, inherited facts unknown', async () => {
    const result = await assessed('example-org/orphan-finetune');
    expect(result.lineage[0]).toMatchObject({ id: 'example-org/deleted-base', status: 'unresolved' });
    expect(result.components['training-data'].status).toBe('unknown');
  });

  it('a lineage cycle and a deep chain are assessed without looping', async () => {
    expect((await assessed('example-org/cycle-a')).lineage.map((e) => e.id)).toEqual(['example-org/cycle-b']);
    expect((await assessed('example-org/chain-0')).lineage).toHaveLength(5);
  });
});
