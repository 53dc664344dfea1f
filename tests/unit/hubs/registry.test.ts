import { describe, expect, it } from 'vitest';
import { adapterForUrl, backgroundFetchHosts, HUB_ADAPTERS } from '../../../lib/hubs/adapters';
import { HUB_PAGES } from '../../../lib/hubs/pages';
import { HUBS } from '../../../lib/schema/vocabulary';

describe('the hub registry', () => {
  it('has an adapter and a page adapter for every hub, each under its own name', () => {
    for (const hub of HUBS) {
      expect(HUB_ADAPTERS[hub].hub).toBe(hub);
      expect(HUB_PAGES[hub].hub).toBe(hub);
    }
  });
  it('picks the adapter by the model page URL', () => {
    const cases: [string, string, string][] = [
      ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'huggingface', 'meta-llama/Llama-3.1-8B-Instruct'],
      ['https://civitai.com/models/1231067/vivid', 'civitai', '1231067'],
      ['https://ollama.com/library/gemma:2b', 'ollama', 'library/gemma:2b'],
      ['https://modelscope.cn/models/qwen/Qwen2.5-7B/summary', 'modelscope', 'qwen/Qwen2.5-7B'],
      [
        'https://www.kaggle.com/models/google/gemma-2/pyTorch/gemma-2-2b-it',
        'kaggle',
        'google/gemma-2/pytorch/gemma-2-2b-it',
      ],
    ];
    for (const [url, hub, id] of cases) expect(adapterForUrl(url)).toMatchObject({ adapter: { hub }, id });
    expect(adapterForUrl('https://example.com/models/1')).toBeNull();
  });
  it('fetches in the background only from https hosts of hubs that have an API', () => {
    // Kaggle has no anonymous API: no host permission for it.
    expect(backgroundFetchHosts().sort()).toEqual([
      'civitai.com',
      'huggingface.co',
      'modelscope.cn',
      'ollama.com',
      'registry.ollama.ai',
    ]);
  });
});
