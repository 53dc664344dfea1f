/** The command line's JSON and summary carry the experts' verdicts for a model the snapshot covers, and none else. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/assess';
import { AssessmentSchema } from '@/lib/schema/assessment';

async function assess(...argv: string[]) {
  let out = '';
  const code = await main(['--snapshot', 'tests/fixtures/hub', ...argv], {
    stdout: (text) => (out += text),
    stderr: () => undefined,
  });
  return { code, out };
}

describe('npm run assess with expert records', () => {
  it("puts the MOT's class, record date and link in the JSON, valid against the schema", async () => {
    const { code, out } = await assess('--json', 'mistralai/Mistral-7B-v0.1');
    expect(code).toBe(0);
    const result = AssessmentSchema.parse(JSON.parse(out));
    expect(result.experts?.mot).toMatchObject({
      name: 'Mistral-7B-v0.1',
      class: 0,
      recordDate: '2025-05-22',
      url: 'https://mot.isitopen.ai/model/Mistral-7B-v0.1',
    });
    expect(result.experts?.osai).toBeUndefined();
  });

  it("prints the Index's verdict and the dimensions where it and the metadata disagree", async () => {
    const { out } = await assess('HuggingFaceH4/zephyr-7b-beta');
    expect(out).toContain('What the experts say');
    expect(out).toContain('European Open Source AI Index: 0.54 of 1 (database of 2026-06-12)');
    expect(out).toContain("Datasheet: the Index says closed; the hub's metadata says released.");
  });

  it('has no experts field for a model no expert has a record of', async () => {
    const { out } = await assess('--json', 'google-bert/bert-base-uncased');
    expect(JSON.parse(out).experts).toBeUndefined();
  });
});
