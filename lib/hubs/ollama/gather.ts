/**
 * Gathers an Ollama model's facts. The tag page (`/{ns}/{name}:{tag}`, `latest` by default) gives the layers and the
 * README; each license layer is named by its digest when known, else its text is read from the same-origin layer
 * page (`/blobs/{12 hex}`). A page that lists no layers falls back to the registry manifest (and its blobs). Several
 * license layers (a license and a use policy) are all declared, and the engine reads them together.
 */
import { ModelFactsSchema } from '../../schema/model-facts';
import type { GatherOptions, GatherResult } from '../adapter';
import type { Fetcher, FetchResponse } from '../fetcher';
import { knownLicenseDigest } from './digests';
import { readLayerPage, readOllamaPage } from './html';
import { manifestLayers } from './manifest';
import { ollamaToFacts, type LicenseLayer } from './to-facts';
import { blobPageUrl, manifestUrl, parseOllamaId, registryBlobUrl, tagPageUrl, type OllamaRef } from './urls';
import { lookupFailure } from '../http';

const MAX_LICENSE_LAYERS = 4;

async function get(fetcher: Fetcher, url: string, accept: 'json' | 'text'): Promise<FetchResponse> {
  try {
    return await fetcher(url, { accept });
  } catch {
    return { status: 0, headers: {}, body: '' };
  }
}

async function readLayer(
  fetcher: Fetcher,
  ref: OllamaRef,
  digest: string,
  light: boolean,
  notes: { code: string; params: Record<string, string | number> }[],
): Promise<LicenseLayer> {
  const known = knownLicenseDigest(digest);
  if (known) return { digest, known };
  if (light) return { digest };
  const fromRegistry = digest.startsWith('sha256:');
  const url = fromRegistry ? registryBlobUrl(ref, digest) : blobPageUrl(ref, digest);
  const res = await get(fetcher, url, 'text');
  if (res.status !== 200) {
    notes.push({ code: 'license-text-unavailable', params: { path: digest.slice(0, 80), status: res.status } });
    return { digest };
  }
  const text = fromRegistry ? res.body.slice(0, 200_000) : readLayerPage(res.body).slice(0, 200_000);
  return { digest, text, textSource: fromRegistry ? 'registry license layer' : 'license layer page' };
}

export async function gatherOllamaFacts(
  id: string,
  fetcher: Fetcher,
  options: GatherOptions = {},
): Promise<GatherResult> {
  const ref = parseOllamaId(id);
  if (!ref) return { status: 'error', reason: { code: 'bad-model-id', params: { id: id.slice(0, 256) } } };
  const res = await get(fetcher, tagPageUrl(ref), 'text');
  if (res.status !== 200) return lookupFailure(res, id);
  const page = readOllamaPage(res.body);
  const notes: { code: string; params: Record<string, string | number> }[] = [];

  let licenseDigests = page.layers.filter((l) => l.kind === 'license').map((l) => l.digest);
  if (page.layers.length === 0) {
    // The page shows no layer list (markup changed, or not a tag page): ask the registry.
    const manifest = await get(fetcher, manifestUrl(ref), 'json');
    const layers = manifest.status === 200 ? manifestLayers(manifest.body) : null;
    if (layers === null) notes.push({ code: 'layers-unavailable', params: { status: manifest.status } });
    else {
      licenseDigests = layers.filter((l) => l.kind === 'license').map((l) => l.digest);
      page.layers = layers.map((l) => ({ kind: l.kind, digest: l.digest.slice(7, 19) }));
    }
  }
  const layers = await Promise.all(
    licenseDigests.slice(0, MAX_LICENSE_LAYERS).map((d) => readLayer(fetcher, ref, d, options.light === true, notes)),
  );
  const facts = ollamaToFacts(id, page, layers);
  facts.notes.push(...notes.slice(0, 40));
  const checked = ModelFactsSchema.safeParse(facts);
  if (!checked.success) return { status: 'error', reason: { code: 'facts-invalid', params: { id } } };
  return { status: 'ok', facts: checked.data };
}
