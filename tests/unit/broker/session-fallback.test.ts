import { describe, expect, it } from 'vitest';
import { withSessionFallback } from '@/lib/broker/session-fallback';
import type { Executor } from '@/lib/broker';
import type { FetchResponse } from '@/lib/hubs/fetcher';

const answer = (status: number, body = ''): FetchResponse => ({ status, headers: {}, body });

/** An executor answering from a table, recording the URLs it was asked. */
function fake(statuses: Record<string, number>) {
  const asked: string[] = [];
  const executor: Executor = async (url) => {
    asked.push(url);
    return answer(statuses[url] ?? 404, `body of ${url}`);
  };
  return { executor, asked };
}

const init = () => ({ signal: new AbortController().signal, maxBytes: 1_000 });

describe('withSessionFallback', () => {
  it('answers from the anonymous request alone when it needs no login', async () => {
    const anonymous = fake({ '/public': 200, '/missing': 404, '/busy': 429 });
    const session = fake({});
    const run = withSessionFallback(anonymous.executor, session.executor);
    expect((await run('/public', init())).status).toBe(200);
    expect((await run('/missing', init())).status).toBe(404);
    expect((await run('/busy', init())).status).toBe(429);
    expect(session.asked).toEqual([]);
  });

  it.each([401, 403])('asks again with the session when the anonymous answer is %i', async (status) => {
    const anonymous = fake({ '/gated/README.md': status });
    const session = fake({ '/gated/README.md': 200 });
    const response = await withSessionFallback(anonymous.executor, session.executor)('/gated/README.md', init());
    expect(response).toEqual(answer(200, 'body of /gated/README.md'));
    expect(session.asked).toEqual(['/gated/README.md']);
  });

  it("keeps the session's answer, even a failure: a missing page is not remembered as no access", async () => {
    const anonymous = fake({ '/private': 401 });
    const session = fake({ '/private': 0 });
    expect((await withSessionFallback(anonymous.executor, session.executor)('/private', init())).status).toBe(0);
  });

  it('does not ask again once the request was cancelled', async () => {
    const controller = new AbortController();
    const anonymous: Executor = async () => {
      controller.abort();
      return answer(401);
    };
    const session = fake({});
    const response = await withSessionFallback(anonymous, session.executor)('/gated', {
      signal: controller.signal,
      maxBytes: 1_000,
    });
    expect(response.status).toBe(401);
    expect(session.asked).toEqual([]);
  });
});
