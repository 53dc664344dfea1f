import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../scripts/assess';
import { HUB_DIR } from './helpers';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('assess command line: model page URLs of every hub', () => {
  it('a Civitai Flux.1 D LoRA: downloadable, not open weights, the license inherited from its base', async () => {
    const { code, out } = await run('--snapshot', HUB_DIR, '--json', 'https://civitai.com/models/1231067');
    expect(code).toBe(EXIT.ok);
    const a = JSON.parse(out) as {
      hub: string;
      tier: string;
      license: { ids: string[] };
      verdicts: Record<string, { open: boolean | null }>;
    };
    expect(a).toMatchObject({
      hub: 'civitai',
      tier: 'downloadable',
      license: { ids: ['flux-1-dev-non-commercial-license'] },
    });
    expect(a.verdicts['open-weights']?.open).toBe(false);
  });
  it('summaries say where an inherited license comes from', async () => {
    const { out } = await run('--snapshot', HUB_DIR, 'https://civitai.com/models/1231067');
    expect(out).toMatch(/FLUX\.1 \[dev\] Non-Commercial License, inherited from its base model Flux\.1 D/);
  });
  it('Ollama and ModelScope pages', async () => {
    const ollama = await run('--snapshot', HUB_DIR, '--json', 'https://ollama.com/library/gemma');
    expect(JSON.parse(ollama.out)).toMatchObject({ hub: 'ollama', license: { ids: ['gemma'] } });
    const ms = await run(
      '--snapshot',
      HUB_DIR,
      '--json',
      'https://modelscope.cn/models/DiffSynth-Studio/Qwen-Image-Edit-F2P',
    );
    expect(JSON.parse(ms.out)).toMatchObject({
      hub: 'modelscope',
      license: { ids: ['apache-2.0'], osiApproved: true },
    });
  });
  it('exit codes: not found 3, an unsupported site 2', async () => {
    expect((await run('--snapshot', HUB_DIR, 'https://civitai.com/models/999999')).code).toBe(EXIT.notFound);
    expect((await run('--snapshot', HUB_DIR, 'https://example.com/models/1')).code).toBe(EXIT.badArguments);
  });
});
