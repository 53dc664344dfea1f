/** The license texts Meta shows in its gate prompts, from the project's recorded Hugging Face answers. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText, readClausesFromText } from '../../../lib/licenses';

const API = 'tests/fixtures/hub/huggingface.co/api/models';

function gatePrompt(repo: string): string | undefined {
  const path = `${API}/${repo}.json`;
  if (!existsSync(path)) return undefined;
  const record = JSON.parse(readFileSync(path, 'utf8')) as { cardData?: { extra_gated_prompt?: string } };
  return record.cardData?.extra_gated_prompt;
}

// The recordings may hold excerpts, so the clauses are "at least these, and never those".
describe.each([
  ['meta-llama/Meta-Llama-3-8B-Instruct', 'llama3', ['user-cap', 'use-restrictions', 'naming'], []],
  ['meta-llama/Llama-3.1-8B-Instruct', 'llama3.1', ['user-cap', 'use-restrictions', 'naming'], ['output-restriction']],
  ['CompVis/stable-diffusion-v1-4', 'creativeml-openrail-m', [], ['non-commercial', 'user-cap']],
])('%s gate prompt', (repo, license, present, absent) => {
  const text = gatePrompt(repo);

  it.skipIf(text === undefined)(`is recognised as ${license}`, () => {
    expect(identifyLicenseText(text ?? '')?.id).toBe(license);
  });

  it.skipIf(text === undefined)(`yields ${present.join(', ') || 'no clauses'}`, () => {
    const found = readClausesFromText(text ?? '');
    const ids = found.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(present));
    for (const id of absent) expect(ids).not.toContain(id);
    for (const c of found) expect(c.quote.length).toBeLessThanOrEqual(300);
  });
});
