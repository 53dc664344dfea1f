import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedHubFetcher, recordedHubResponse } from '../../../scripts/recorded-hub';
import { recordedHubCandidates } from '../../../lib/recorded-hub/paths';
import { HUB_DIR } from './helpers';

let dir = '';
const put = (rel: string, body: string) => {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, body);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recorded-hub-'));
  put('h.test/a', 'exact');
  put('h.test/a.json', '{"which":"json"}');
  put('h.test/a.html', '<p>html</p>');
  put('h.test/b.json', '{"which":"json"}');
  put('h.test/b.html', '<p>html</p>');
  put('h.test/c.html', '<p>page</p>');
  put('h.test/dir/inner.json', '{}');
  put('h.test/dir.html', '<p>dir page</p>');
  put('h.test/gated/README.md.http.json', '{"status":401,"headers":{"X-Error-Code":"GatedRepo"}}');
  put('h.test/moved.http.json', '{"status":307,"headers":{},"location":"/b"}');
  put('h.test/limited.json', '{"error":"slow down"}');
  put('h.test/limited.json.http.json', '{"status":429,"headers":{"RateLimit":"\\"api\\";r=0;t=30"}}');
  put('h.test/index.html', '<p>root</p>');
});

describe('recorded-hub paths', () => {
  it('maps host and path, ignores the query, refuses traversal', () => {
    expect(recordedHubCandidates('https://huggingface.co/api/models/gpt2?expand=x')).toEqual([
      'huggingface.co/api/models/gpt2',
      'huggingface.co/api/models/gpt2.json',
      'huggingface.co/api/models/gpt2.html',
    ]);
    // The URL parser resolves dot segments (also encoded ones) before we see them: the path stays inside.
    expect(recordedHubCandidates('https://h.test/%2e%2e/secret')?.[0]).toBe('h.test/secret');
    expect(recordedHubCandidates('https://h.test/a%2Fb')).toBeNull();
    expect(recordedHubCandidates('file:///etc/passwd')).toBeNull();
    expect(recordedHubCandidates('https://h.test/')?.[0]).toBe('h.test/index');
  });
});

describe('recordedHubResponse', () => {
  it('tries exact, then .json, then .html', async () => {
    expect((await recordedHubResponse(dir, 'https://h.test/a')).body).toBe('exact');
    expect((await recordedHubResponse(dir, 'https://h.test/b')).body).toBe('{"which":"json"}');
    const page = await recordedHubResponse(dir, 'https://h.test/c?x=1');
    expect(page.body).toBe('<p>page</p>');
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('skips directories when trying the exact path', async () => {
    expect((await recordedHubResponse(dir, 'https://h.test/dir')).body).toBe('<p>dir page</p>');
  });

  it('no file means 404', async () => {
    const r = await recordedHubResponse(dir, 'https://h.test/nothing/here');
    expect(r.status).toBe(404);
    expect((await recordedHubResponse(dir, 'https://h.test/../../etc/passwd')).status).toBe(404);
  });

  it('sidecars give status, lowercased headers and redirects, with or without a body file', async () => {
    const gated = await recordedHubResponse(dir, 'https://h.test/gated/README.md');
    expect(gated).toMatchObject({ status: 401, body: '' });
    expect(gated.headers['x-error-code']).toBe('GatedRepo');
    const moved = await recordedHubResponse(dir, 'https://h.test/moved');
    expect(moved.status).toBe(307);
    expect(moved.headers['location']).toBe('/b');
    const limited = await recordedHubResponse(dir, 'https://h.test/limited');
    expect(limited.status).toBe(429);
    expect(limited.body).toBe('{"error":"slow down"}');
    expect(limited.headers['ratelimit']).toBe('"api";r=0;t=30');
  });

  it('serves the project fixtures (legacy redirect, gated raw file, root page)', async () => {
    const f = recordedHubFetcher(HUB_DIR);
    const redirect = await f('https://huggingface.co/api/models/bert-base-uncased');
    expect(redirect.status).toBe(307);
    expect(redirect.headers['location']).toBe('/api/models/google-bert/bert-base-uncased');
    expect((await f('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/raw/main/config.json')).status).toBe(401);
    expect((await f('https://huggingface.co/gpt2')).body).toContain('data-target="ModelHeader"');
    expect(JSON.parse((await f('https://huggingface.co/api/models/gpt2')).body).id).toBe('gpt2');
  });
});
