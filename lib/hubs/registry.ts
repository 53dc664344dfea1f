/**
 * The hubs Openness Lens knows, as data: one line per hub, each its descriptor (lib/hubs/descriptor.ts). Everything
 * that lists hubs or their hosts reads it — the manifest's host permissions and content-script matches
 * (wxt.config.ts), the options page's hub switches, the end-to-end tests' hub hosts — and a unit test holds each of
 * them, the schema's `HUBS` and the content-script entrypoints to it (tests/unit/hubs/registry.test.ts).
 *
 * It imports no code: reading it costs no adapter. The code of a hub is registered apart, in two halves: the
 * background's in lib/hubs/adapters.ts, the content script's in the hub's entrypoint. docs/ARCHITECTURE.md has
 * the checklist for adding a hub.
 */
import type { HubId } from '../schema/vocabulary';
import { contentScriptMatches, type HubDescriptor } from './descriptor';
import { civitaiHub } from './civitai/descriptor';
import { huggingfaceHub } from './huggingface/descriptor';
import { kaggleHub } from './kaggle/descriptor';
import { modelscopeHub } from './modelscope/descriptor';
import { ollamaHub } from './ollama/descriptor';

export const HUB_DESCRIPTORS: Readonly<Record<HubId, HubDescriptor>> = {
  huggingface: huggingfaceHub,
  civitai: civitaiHub,
  ollama: ollamaHub,
  modelscope: modelscopeHub,
  kaggle: kaggleHub,
};

/** Every hub, in the order the options page lists them. */
export const hubDescriptors = (): HubDescriptor[] => Object.values(HUB_DESCRIPTORS);

const unique = (values: string[]): string[] => [...new Set(values)];

/** The manifest's host permissions: the hosts the background's own fetch asks, and no other. */
export const hostPermissions = (hubs: readonly HubDescriptor[] = hubDescriptors()): string[] =>
  unique(hubs.flatMap((hub) => hub.fetchHosts.map((host) => `https://${host}/*`)));

/** Every content script's matches, by hub (each hub has one content script: its entrypoint). */
export const hubContentScriptMatches = (hubs: readonly HubDescriptor[] = hubDescriptors()): Record<string, string[]> =>
  Object.fromEntries(hubs.map((hub) => [hub.id, contentScriptMatches(hub)]));

/**
 * Every host a hub is reached at — its pages' origins and its fetch hosts. The end-to-end tests answer exactly these
 * from the recorded hub (Chromium's routes, Firefox's proxy and certificate).
 */
export const hubHosts = (hubs: readonly HubDescriptor[] = hubDescriptors()): string[] =>
  unique(hubs.flatMap((hub) => [...hub.origins.map((origin) => new URL(origin).hostname), ...hub.fetchHosts]));

/** The hub whose pages are served from this URL's origin (what the browser reports of a sender, say). */
export function hubOfOrigin(url: string | undefined, hubs: readonly HubDescriptor[] = hubDescriptors()) {
  if (!url) return undefined;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return hubs.find((hub) => hub.origins.includes(origin));
}
