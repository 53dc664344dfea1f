import { describe, expect, it } from 'vitest';
import { gatherHuggingFaceFacts, normaliseModelId } from '../../../lib/hubs/huggingface/gather';
import type { Fetcher, FetchResponse } from '../../../lib/hubs/fetcher';
import { recordedHubFetcher } from '../../../scripts/recorded-hub';
import { HUB_DIR } from './helpers';

/** The recorded hub, with a log of the URLs asked for. */
function hub() {
  const base = recordedHubFetcher(HUB_DIR);
  const asked: string[] = [];
  const fetcher: Fetcher = (url, init) => {
    asked.push(url);
    return base(url, init);
  };
  return { fetcher, asked };
}

async function ok(id: string, opts = {}) {
  const { fetcher, asked } = hub();
  const r = await gatherHuggingFaceFacts(id, fetcher, opts);
  if (r.status !== 'ok') throw new Error(`${id}: ${r.status} ${r.reason.code}`);
  return { facts: r.facts, asked };
}

const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

describe('gatherHuggingFaceFacts over the recorded hub', () => {
  it('Llama 3.1 Instruct: README sections, refs, lineage to the resolved base with its facts', async () => {
    const { facts } = await ok('meta-llama/Llama-3.1-8B-Instruct');
    expect(facts.docs.card).toBe('present');
    expect(facts.docs.sections[0]?.heading).toBe('Training Data');
    expect(facts.docs.sections[0]?.excerpt).toContain('publicly available sources');
    expect(facts.codeLinks.map((c) => c.url)).toEqual(['https://github.com/meta-llama/llama-models']);
    expect(facts.branches).toEqual(['main']);
    expect(facts.lineage).toHaveLength(1);
    const base = facts.lineage[0]!;
    expect(base).toMatchObject({
      id: 'meta-llama/Llama-3.1-8B',
      relation: 'finetune',
      parent: 'meta-llama/Llama-3.1-8B-Instruct',
      depth: 1,
      status: 'resolved',
    });
    expect(base.facts?.licenses.map((l) => l.id)).toEqual(['llama3.1']);
    expect(base.facts?.access.gate).toBe('manual');
    expect(base.facts?.docs.sections.find((s) => s.heading === 'Training Data')?.excerpt).toContain(
      'publicly available sources',
    );
    expect(base.facts && 'lineage' in base.facts).toBe(false);
    expect(facts.notes).toEqual([]);
  });

  it('legacy id behind a 307 is followed to the canonical record; datasets are looked up (one through a redirect)', async () => {
    const { facts, asked } = await ok('bert-base-uncased');
    expect(facts.id).toBe('google-bert/bert-base-uncased');
    expect(asked[0]).toBe('https://huggingface.co/api/models/bert-base-uncased');
    expect(asked).toContain('https://huggingface.co/api/models/google-bert/bert-base-uncased');
    expect(facts.datasets.map((d) => [d.id, d.availability, d.license])).toEqual([
      ['bookcorpus', 'public', undefined],
      ['wikipedia', 'public', ['cc-by-sa-3.0', 'gfdl']],
    ]);
    expect(facts.codeLinks[0]?.url).toBe('https://github.com/google-research/bert');
    expect(facts.codeLinks[0]?.context).toContain('code');
    expect(facts.papers.map((p) => p.id)).toEqual(['1810.04805']);
    expect(facts.docs.evaluationResults).toBe(true);
    // A known license id needs no LICENSE text.
    expect(asked.some((u) => u.endsWith('/LICENSE'))).toBe(false);
  });

  it('gpt2 root id: the answered id is kept and its own README read', async () => {
    const { facts } = await ok('gpt2');
    expect(facts.id).toBe('gpt2');
    expect(facts.codeLinks.map((c) => c.url)).toEqual(['https://github.com/openai/gpt-2']);
    expect(facts.papers.map((p) => p.kind)).toEqual(['doi', 'url']);
  });

  it('license other: LICENSE is fetched and kept as the text; dataset states are mixed; checkpoint branches', async () => {
    const { facts } = await ok('example-org/custom-license-model');
    expect(facts.licenses).toHaveLength(1);
    const lic = facts.licenses[0]!;
    expect(lic).toMatchObject({ id: 'example-community-model-license-v1', textSource: 'LICENSE' });
    expect(lic.text).toContain('700 million monthly active users');
    expect(lic.text).toContain('may not use the Model or its outputs for any commercial purpose');
    expect(Object.fromEntries(facts.datasets.map((d) => [d.id, d.availability]))).toEqual({
      'example-org/gated-corpus': 'gated',
      'example-org/private-corpus': 'missing',
      'HuggingFaceH4/ultrachat_200k': 'public',
      'some offline corpus': 'unknown',
    });
    expect(facts.branches).toEqual(['main', 'step1000', 'step2000', 'stage1-step3000-tokens12B']);
  });

  it('a disabled dataset (403) is marked disabled', async () => {
    const { facts } = await ok('CompVis/stable-diffusion-v1-4');
    expect(facts.datasets).toEqual([
      expect.objectContaining({ id: 'laion/laion2B-en', availability: 'disabled', source: 'readme' }),
    ]);
  });

  it('the apache fine-tune reaches the gated Llama base two levels up', async () => {
    const { facts } = await ok('example-org/llama-3.1-8b-apache-finetune');
    expect(facts.lineage.map((l) => [l.id, l.parent, l.depth, l.status, l.facts?.licenses.map((x) => x.id)])).toEqual([
      ['meta-llama/Llama-3.1-8B-Instruct', 'example-org/llama-3.1-8b-apache-finetune', 1, 'resolved', ['llama3.1']],
      ['meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-8B-Instruct', 2, 'resolved', ['llama3.1']],
    ]);
  });

  it('an unresolvable base becomes an unresolved entry with a reason', async () => {
    const { facts } = await ok('example-org/orphan-finetune');
    expect(facts.lineage).toEqual([
      {
        id: 'example-org/deleted-base',
        relation: 'finetune',
        parent: 'example-org/orphan-finetune',
        depth: 1,
        status: 'unresolved',
        reason: { code: 'base-not-found', params: { id: 'example-org/deleted-base', status: 404 } },
      },
    ]);
    const priv = await ok('example-org/private-base-finetune');
    expect(priv.facts.lineage[0]).toMatchObject({
      relation: 'adapter',
      status: 'unresolved',
      reason: { code: 'base-private' },
    });
  });

  it('a base-model cycle stops and is noted', async () => {
    const { facts, asked } = await ok('example-org/cycle-a');
    expect(facts.lineage.map((l) => l.id)).toEqual(['example-org/cycle-b']);
    expect(codes(facts.notes)).toContain('lineage-cycle');
    expect(asked.filter((u) => u === 'https://huggingface.co/api/models/example-org/cycle-a')).toHaveLength(1);
  });

  it('follows at most five levels, or fewer when asked', async () => {
    const { facts } = await ok('example-org/chain-0');
    expect(facts.lineage.map((l) => l.depth)).toEqual([1, 2, 3, 4, 5]);
    expect(codes(facts.notes)).toContain('lineage-depth-limit');
    const shallow = await ok('example-org/chain-0', { maxDepth: 2 });
    expect(shallow.facts.lineage.map((l) => l.id)).toEqual(['example-org/chain-1', 'example-org/chain-2']);
  });

  it('401 → private, 404 → not found, 403 disabled → closed facts', async () => {
    const { fetcher } = hub();
    expect(await gatherHuggingFaceFacts('example-org/private-model', fetcher)).toMatchObject({
      status: 'private',
      reason: { code: 'model-private-or-missing' },
    });
    expect(await gatherHuggingFaceFacts('example-org/does-not-exist', fetcher)).toMatchObject({
      status: 'not-found',
      reason: { code: 'model-not-found' },
    });
    const disabled = await gatherHuggingFaceFacts('example-org/disabled-model', fetcher);
    expect(disabled.status === 'ok' && disabled.facts.access.status).toBe('disabled');
  });

  it('a README that cannot be read is a note, and the card stays known from the record', async () => {
    const { facts } = await ok('meta-llama/Meta-Llama-3-8B-Instruct');
    expect(facts.notes).toContainEqual({ code: 'readme-unavailable', params: { status: 401 } });
    expect(facts.docs.card).toBe('present');
    expect(facts.docs.sections).toEqual([]);
  });

  it('degrades gracefully when every secondary lookup fails', async () => {
    const base = recordedHubFetcher(HUB_DIR);
    const flaky: Fetcher = async (url, init) => {
      if (url.includes('/api/models/HuggingFaceH4/zephyr-7b-beta') && !url.endsWith('/refs')) return base(url, init);
      if (url.includes('/raw/')) return { status: 503, headers: {}, body: '' };
      throw new Error('network down');
    };
    const r = await gatherHuggingFaceFacts('HuggingFaceH4/zephyr-7b-beta', flaky);
    if (r.status !== 'ok') throw new Error(r.status);
    expect(codes(r.facts.notes)).toEqual(
      expect.arrayContaining(['readme-unavailable', 'refs-unavailable', 'dataset-lookup-failed']),
    );
    expect(r.facts.datasets.every((d) => d.availability === 'unknown')).toBe(true);
    expect(r.facts.branches).toBeNull();
    expect(r.facts.lineage[0]).toMatchObject({
      id: 'mistralai/Mistral-7B-v0.1',
      status: 'unresolved',
      reason: { code: 'base-error' },
    });
  });

  it('errors: network failure, rate limit, garbage record, bad id', async () => {
    const down: Fetcher = () => Promise.reject(new Error('offline'));
    expect(await gatherHuggingFaceFacts('o/m', down)).toMatchObject({
      status: 'error',
      reason: { code: 'network-error' },
    });
    const limited: Fetcher = async () => ({ status: 429, headers: {}, body: '' });
    expect(await gatherHuggingFaceFacts('o/m', limited)).toMatchObject({
      status: 'error',
      reason: { code: 'rate-limited' },
    });
    const garbage: Fetcher = async () => ({ status: 200, headers: {}, body: '<html>' });
    expect(await gatherHuggingFaceFacts('o/m', garbage)).toMatchObject({
      status: 'error',
      reason: { code: 'record-not-json' },
    });
    expect(await gatherHuggingFaceFacts('../../etc', garbage)).toMatchObject({
      status: 'error',
      reason: { code: 'bad-model-id' },
    });
  });

  it('does not follow redirects off the hub', async () => {
    const evil: Fetcher = async (url): Promise<FetchResponse> =>
      url.includes('/api/models/o/m')
        ? { status: 307, headers: { location: 'https://evil.example/x' }, body: '' }
        : { status: 404, headers: {}, body: '' };
    expect(await gatherHuggingFaceFacts('o/m', evil)).toMatchObject({
      status: 'error',
      reason: { code: 'hub-error', params: { status: 307 } },
    });
  });
});

describe('normaliseModelId', () => {
  it('accepts ids and model URLs, rejects other pages', () => {
    expect(normaliseModelId('gpt2')).toBe('gpt2');
    expect(normaliseModelId(' meta-llama/Llama-3.1-8B ')).toBe('meta-llama/Llama-3.1-8B');
    expect(normaliseModelId('https://huggingface.co/google-bert/bert-base-uncased/tree/main')).toBe(
      'google-bert/bert-base-uncased',
    );
    expect(normaliseModelId('https://huggingface.co/datasets/squad_v2')).toBeNull();
    expect(normaliseModelId('a/b/c')).toBeNull();
  });
});
