/**
 * The github-url-detection matrix every hub's URL classifier is held to: each listed URL matches its own predicate
 * and no other, every predicate has URLs, and the "other" URLs match nothing and name no model.
 */
import { describe, expect, it } from 'vitest';

type Predicates = ReadonlyArray<readonly [string, (url: string) => boolean]>;

export interface UrlMatrix {
  predicates: Predicates;
  /** Real URLs each predicate must accept, by predicate name. */
  lists: Record<string, readonly string[]>;
  /** URLs no predicate may accept. */
  others: readonly string[];
  /** The adapter's model id for a URL: must be null for the others. */
  modelId?: (url: string) => string | null;
  /** More to check on an accepted URL (e.g. the classifier's own kind). */
  also?: (url: string, kind: string) => void;
}

export function urlMatrix(hub: string, { predicates, lists, others, modelId, also }: UrlMatrix): void {
  const matching = (url: string) => predicates.filter(([, test]) => test(url)).map(([kind]) => kind);
  describe(`${hub} URLs`, () => {
    it('has real URLs for every predicate', () => {
      expect(Object.keys(lists).sort()).toEqual(predicates.map(([kind]) => kind).sort());
      for (const list of Object.values(lists)) expect(list.length).toBeGreaterThan(0);
    });
    for (const [kind, list] of Object.entries(lists))
      for (const url of list)
        it(`${url} is ${kind} and nothing else`, () => {
          expect(matching(url)).toEqual([kind]);
          also?.(url, kind);
        });
    for (const url of others)
      it(`${url} is no ${hub} page of ours`, () => {
        expect(matching(url)).toEqual([]);
        if (modelId) expect(modelId(url)).toBeNull();
      });
  });
}
