import path from 'node:path';
import { recordedHubFetcher } from '../../../scripts/recorded-hub';
import type { GatherResult } from '../../../lib/hubs/adapter';
import type { Fetcher } from '../../../lib/hubs/fetcher';
import { adapterForUrl } from '../../../lib/hubs/adapters';
import { assess } from '../../../lib/openness';
import type { ModelFacts } from '../../../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

export const HUB_DIR = path.resolve(import.meta.dirname, '../../fixtures/hub');

/** A recorded-hub fetcher that also logs the URLs asked. */
export function loggingFetcher(): { fetcher: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const inner = recordedHubFetcher(HUB_DIR);
  return { asked, fetcher: (url, init) => (asked.push(url), inner(url, init)) };
}

export async function gatherUrl(url: string, light = false): Promise<{ result: GatherResult; asked: string[] }> {
  const model = adapterForUrl(url);
  if (!model) throw new Error(`no adapter for ${url}`);
  const { fetcher, asked } = loggingFetcher();
  return { result: await model.adapter.gather(model.id, fetcher, { light }), asked };
}

export async function factsOf(url: string, light = false): Promise<ModelFacts> {
  const { result } = await gatherUrl(url, light);
  if (result.status !== 'ok') throw new Error(`${url}: ${result.status} ${result.reason.code}`);
  return result.facts;
}

export const assessed = (facts: ModelFacts, toggles = DEFAULT_SETTINGS.toggles) =>
  assess(facts, { policy: 'osaid', toggles });
