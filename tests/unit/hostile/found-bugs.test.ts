/** Bugs the hostile corpus found, each pinned by the smallest input that showed it. */
import { describe, expect, it } from 'vitest';
import { bound, parseModelRecordJson } from '../../../lib/hubs/huggingface/record';
import { huggingface } from '../../../lib/hubs/huggingface/adapter';
import { modelFromProps } from '../../../lib/hubs/huggingface/find-model';
import { recordToFacts } from '../../../lib/hubs/huggingface/to-facts';
import { percentEncodeLinkTarget } from '../../../lib/report/markdown';
import { readCard } from '../../../lib/cards/read-card';

describe('a `__proto__` key in a hub record', () => {
  const body = '{"__proto__":{"private":true,"gated":"manual","cardData":{"license":"mit"}},"id":"org/m","tags":[]}';

  it('does not become the prototype of the bounded copy (fields the record lacks stay absent)', () => {
    const copy = bound(JSON.parse(body)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy['private']).toBeUndefined();
    expect(copy['cardData']).toBeUndefined();
  });

  it('cannot make a public model private or gated, or give it a license', () => {
    const parsed = parseModelRecordJson(body);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const facts = recordToFacts(parsed.record);
    expect(facts.access.status).toBe('public');
    expect(facts.access.gate).toBe('none');
    expect(facts.licenses).toEqual([]);
  });

  it('is ignored in page props too', () => {
    const record = modelFromProps(`{"model":${body}}`);
    const facts = huggingface.pageFacts?.({
      hub: 'huggingface',
      id: 'org/m',
      url: 'https://huggingface.co/org/m',
      record,
    });
    expect(facts?.access.status).toBe('public');
  });
});

describe('Markdown link targets', () => {
  it('percent-encodes every character that could end a link destination', () => {
    expect(percentEncodeLinkTarget('https://h.co/a) [x](https://evil.example/<y>')).toBe(
      'https://h.co/a%29%20%5Bx%5D%28https://evil.example/%3Cy%3E',
    );
  });
});

describe('a DOI link with a malformed percent escape in the README', () => {
  it('is skipped instead of throwing out of the README reader (which left the badge checking forever)', () => {
    const r = readCard('# Card\n\n- Paper: https://doi.org/10.1000/xyz%\n- Paper: https://doi.org/10.1000/ok\n');
    expect(r.papers.own.filter((p) => p.kind === 'doi').map((p) => p.id)).toEqual(['10.1000/ok']);
  });
});
