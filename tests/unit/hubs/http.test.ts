/** The one HTTP path of both executors and every gather: forwarded headers, the streaming cap, failed statuses. */
import { describe, expect, it } from 'vitest';
import { failedFetch, lookupFailure, readCapped } from '../../../lib/hubs/http';

/** A response whose body arrives in chunks, counting how many were pulled. */
function chunked(chunks: string[], headers: Record<string, string> = {}) {
  let pulled = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
  return { response: new Response(body, { status: 200, headers }), pulled: () => pulled };
}

describe('readCapped', () => {
  it('passes the headers adapters read, the hub’s error message included, and no others', async () => {
    const res = new Response('{}', {
      status: 403,
      headers: {
        'x-error-message': 'Repository disabled',
        'x-error-code': 'RepoDisabled',
        'set-cookie': 'a=b',
        server: 'x',
      },
    });
    const read = await readCapped(res, 1000);
    expect(read).toEqual({
      status: 403,
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'x-error-message': 'Repository disabled',
        'x-error-code': 'RepoDisabled',
      },
      body: '{}',
    });
  });

  it('stops reading as soon as the body passes the cap, whatever content-length says', async () => {
    const { response, pulled } = chunked(['a'.repeat(600), 'b'.repeat(600), 'c'.repeat(600), 'd'.repeat(600)]);
    const read = await readCapped(response, 1000);
    expect(read.status).toBe(413);
    expect(read.body).toBe('');
    expect(pulled()).toBeLessThan(4);
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const { response, pulled } = chunked(['x'.repeat(10)], { 'content-length': '5000' });
    expect((await readCapped(response, 1000)).status).toBe(413);
    expect(pulled()).toBe(0);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('naïve “quote”');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 3));
        controller.enqueue(bytes.slice(3, 11));
        controller.enqueue(bytes.slice(11));
        controller.close();
      },
    });
    expect((await readCapped(new Response(body), 1000)).body).toBe('naïve “quote”');
  });
});

describe('failed requests', () => {
  it('a fetch that threw is a time-out (408) when its own time-out fired, else no answer (0)', () => {
    const fired = AbortSignal.abort();
    expect(failedFetch(fired).status).toBe(408);
    expect(failedFetch(new AbortController().signal).status).toBe(0);
  });

  it.each([
    [404, 'not-found', 'model-not-found'],
    [401, 'private', 'model-private-or-missing'],
    [403, 'private', 'model-forbidden'],
    [429, 'error', 'rate-limited'],
    [0, 'error', 'network-error'],
    [503, 'error', 'hub-error'],
  ] as const)('a lookup answered %i is %s (%s), with the id and the status', (status, outcome, code) => {
    const failure = lookupFailure({ status, headers: {}, body: '' }, 'org/m');
    expect(failure).toEqual({ status: outcome, reason: { code, params: { id: 'org/m', status } } });
  });
});
