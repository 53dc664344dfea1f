/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../../lib/schema/assessment';
import { clean, main, modelIdFrom, summary } from '../../../scripts/assess';
import { assess } from '../../../lib/openness';
import { emptyFacts } from '../../../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

const ROOT = path.resolve(__dirname, '../../..');
const HUB = path.join(ROOT, 'tests/fixtures/hub');

async function cli(argv: string[], fetchImpl?: typeof fetch) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return { code, stdout, stderr };
}

// A recorded hub with a model whose card and license text carry terminal escapes and bidi overrides.
let evilHub: string;
beforeAll(() => {
  evilHub = mkdtempSync(path.join(tmpdir(), 'ol-cli-'));
  const hf = path.join(evilHub, 'huggingface.co');
  mkdirSync(path.join(hf, 'api/models/evil'), { recursive: true });
  mkdirSync(path.join(hf, 'evil/model/raw/main'), { recursive: true });
  writeFileSync(
    path.join(hf, 'api/models/evil/model.json'),
    JSON.stringify({
      id: 'evil/model',
      private: false,
      disabled: false,
      gated: false,
      tags: ['license:other'],
      cardData: { license: 'other', license_name: 'evil\u001b[31m-license\u202e' },
      siblings: [{ rfilename: 'README.md' }, { rfilename: 'LICENSE' }, { rfilename: 'model.safetensors' }],
    }),
  );
  writeFileSync(
    path.join(hf, 'evil/model/raw/main/README.md'),
    '---\nlicense: other\n---\n# Evil\n\n## Training data\n\nTrained on \u001b[2Jpublicly available sources\u202e gnp.exe.\n',
  );
  writeFileSync(
    path.join(hf, 'evil/model/raw/main/LICENSE'),
    'Evil License.\nThe Model may be used solely for non-commercial research purposes\u001b]8;;http://x\u0007 only.\n',
  );
});
afterAll(() => rmSync(evilHub, { recursive: true, force: true }));

describe('assess command line', () => {
  it('--json prints one valid Assessment and exits 0', async () => {
    const { code, stdout } = await cli(['--snapshot', HUB, '--json', 'meta-llama/Llama-3.1-8B-Instruct']);
    expect(code).toBe(0);
    const parsed = AssessmentSchema.safeParse(JSON.parse(stdout));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      schemaVersion: 1,
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      tier: 'downloadable',
    });
    expect(parsed.data?.license.ids).toEqual(['llama3.1']);
  });

  it('accepts a model URL with a sub-path, and --policy sets the policy', async () => {
    const { code, stdout } = await cli([
      '--snapshot',
      HUB,
      '--policy',
      'mof',
      '--json',
      'https://huggingface.co/google-bert/bert-base-uncased/tree/main',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'google-bert/bert-base-uncased', policy: 'mof' });
  });

  it('prints a readable summary by default: tier, verdicts with reasons, license, components by purpose, lineage', async () => {
    const { code, stdout } = await cli(['--snapshot', HUB, 'meta-llama/Llama-3.1-8B-Instruct']);
    expect(code).toBe(0);
    expect(stdout).toContain('Release tier: Downloadable');
    expect(stdout).toContain('OSAID: not open');
    expect(stdout).toContain('The “User cap” clause rules out OSAID');
    expect(stdout).toContain('Open weights: open');
    expect(stdout).toMatch(/Use the model\n {4}Architecture: Released/);
    // "About 15 trillion tokens from publicly available sources" is a concrete description, not vague wording.
    expect(stdout).toContain('Training data: Unknown');
    expect(stdout).toContain('base-model meta-llama/Llama-3.1-8B');
    expect(stdout).toMatch(/Lineage\n {2}meta-llama\/Llama-3.1-8B \(finetune, resolved/);
  });

  it.each([
    [['--snapshot', HUB, 'example-org/does-not-exist'], 3],
    [['--snapshot', HUB, 'example-org/private-model'], 1],
    [[], 2],
    [['--policy', 'strictest', 'gpt2'], 2],
    [['--bogus', 'gpt2'], 2],
    [['gpt2', 'bert'], 2],
    [['https://example.com/org/model'], 2],
    [['--snapshot'], 2],
  ])('%j exits %i', async (argv, expected) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(expected);
    if (expected !== 0) expect(stderr).not.toBe('');
  });

  it('a network failure or a 5xx from the live hub exits 1', async () => {
    const down = (() => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch;
    expect((await cli(['gpt2'], down)).code).toBe(1);
    const broken = (() => Promise.resolve(new Response('oops', { status: 503 }))) as unknown as typeof fetch;
    expect((await cli(['gpt2'], broken)).code).toBe(1);
  });

  it('strips ANSI escapes, control characters and bidi overrides from hub text', async () => {
    const { code, stdout } = await cli(['--snapshot', evilHub, 'evil/model']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(stdout).toContain('Non-commercial');
    const json = await cli(['--snapshot', evilHub, '--json', 'evil/model']);
    expect(json.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(json.stdout).id).toBe('evil/model');
  });

  it('the summary strips escapes from hub text it quotes (card quotes, ids, license names)', () => {
    const facts = emptyFacts('huggingface', 'evil/\u001b[31mred', 'https://huggingface.co/evil/red');
    facts.docs.card = 'present';
    facts.licenses = [{ id: 'x\u202eevil', source: 'card' }];
    facts.docs.sections = [
      { heading: 'Training data', excerpt: 'Trained on \u001b[2Jpublicly available sources\u2066 here.' },
    ];
    const text = summary(assess(facts, DEFAULT_SETTINGS));
    expect(text).toContain('“Trained on publicly available sources here.”');
    expect(text).toContain('evil/red (huggingface)');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('clean() removes escape sequences but keeps the words', () => {
    expect(clean('a\u001b[31mred\u001b[0m b\u202ec\u0007')).toBe('ared bc');
  });

  it('reads ids and Hugging Face URLs', () => {
    expect(modelIdFrom('gpt2')).toBe('gpt2');
    expect(modelIdFrom('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/README.md')).toBe(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(modelIdFrom('https://evil.example/meta-llama/x')).toBeNull();
    expect(modelIdFrom('not an id')).toBeNull();
  });

  it('runs as a program (npx tsx scripts/assess.ts) with exit codes', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['tsx', 'scripts/assess.ts', '--snapshot', HUB, '--json', 'gpt2'], {
      cwd: ROOT,
    });
    expect(AssessmentSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
    await expect(
      run('npx', ['tsx', 'scripts/assess.ts', '--snapshot', HUB, 'nobody/nothing'], { cwd: ROOT }),
    ).rejects.toMatchObject({
      code: 3,
    });
  }, 30_000);
});
