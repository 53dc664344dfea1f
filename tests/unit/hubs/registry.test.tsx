// @vitest-environment happy-dom
/**
 * The hub registry (lib/hubs/registry.ts) is the one truth about hubs: the schema's vocabulary, both adapter
 * halves, the URL readers, the content-script entrypoints, the manifest, the options page and the end-to-end hosts
 * must all agree with the descriptors. Any disagreement fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, HUB_ADAPTERS } from '../../../lib/hubs/adapters';
import type { HubPageAdapter } from '../../../lib/hubs/adapter';
import { contentScriptMatches, isPageOnly, type HubDescriptor } from '../../../lib/hubs/descriptor';
import { hostPermissions, HUB_DESCRIPTORS, hubDescriptors, hubHosts, hubOfOrigin } from '../../../lib/hubs/registry';
import { HUBS, type HubId } from '../../../lib/schema/vocabulary';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { SettingsForm } from '../../../components/SettingsForm';
import { render } from 'preact';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every hub's URL reader module, with its test URLs. */
const URL_MODULES = import.meta.glob<{ modelPageUrls: string[] }>('../../../lib/hubs/*/urls.ts', { eager: true });
/** Every hub's page half, `page.ts`. */
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>(['../../../lib/hubs/*/page.ts'], { eager: true });
/** Every content-script entrypoint WXT builds: `content.ts`, `content/index.ts`, `<name>.content[/index].ts`. */
const ENTRYPOINTS = import.meta.glob<{ default: { matches?: string[]; main: unknown } }>(
  [
    '../../../entrypoints/content.{ts,tsx}',
    '../../../entrypoints/*.content.{ts,tsx}',
    '../../../entrypoints/*.content/index.{ts,tsx}',
  ],
  { eager: true },
);

const hubFolder = (file: string) => file.split('/').at(-2)!;
const isPageAdapter = (value: unknown): value is HubPageAdapter =>
  typeof value === 'object' && value !== null && 'findModel' in value && 'badgeAnchor' in value;

describe('the hub registry', () => {
  it('holds the same hubs, in the same order, as the schema vocabulary, each under its own id', () => {
    expect(Object.keys(HUB_DESCRIPTORS)).toEqual([...HUBS]);
    for (const [id, hub] of Object.entries(HUB_DESCRIPTORS)) expect(hub.id).toBe(id);
  });

  it('has one folder per hub, with its descriptor, its URL reader, its page half and its background half', () => {
    const folders = readdirSync(path.join(ROOT, 'lib/hubs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...HUBS].sort());
    for (const hub of HUBS) expect(HUB_ADAPTERS[hub].hub).toBe(hub);
    const pages = Object.entries(PAGE_MODULES).flatMap(([file, module]) =>
      Object.values(module)
        .filter(isPageAdapter)
        .map((page) => [hubFolder(file), page.hub]),
    );
    expect(pages.map(([folder]) => folder).sort()).toEqual([...HUBS].sort());
    for (const [folder, hub] of pages) expect(hub).toBe(folder);
  });

  it('keeps every descriptor data only: it imports types, never code', () => {
    for (const hub of HUBS) {
      const source = readFileSync(path.join(ROOT, 'lib/hubs', hub, 'descriptor.ts'), 'utf8');
      const imports = source.match(/^import .*$/gm) ?? [];
      for (const line of imports) expect(line, hub).toMatch(/^import type /);
    }
  });

  it('writes origins as bare https origins and fetch hosts as bare host names', () => {
    for (const hub of hubDescriptors()) {
      expect(hub.label.trim()).not.toBe('');
      expect(hub.origins.length, hub.id).toBeGreaterThan(0);
      for (const origin of hub.origins) expect(new URL(origin).origin, hub.id).toBe(origin);
      for (const origin of hub.origins) expect(origin, hub.id).toMatch(/^https:\/\//);
      for (const host of hub.fetchHosts) expect(new URL(`https://${host}`).host, hub.id).toBe(host);
    }
  });
});

describe('the URL readers and the background agree with the descriptors', () => {
  it('accept a model page on every origin of its hub, and on no other host', () => {
    for (const hub of hubDescriptors()) {
      const urls = URL_MODULES[`../../../lib/hubs/${hub.id}/urls.ts`]?.modelPageUrls ?? [];
      expect(urls.length, hub.id).toBeGreaterThan(0);
      const adapter = HUB_ADAPTERS[hub.id];
      for (const url of urls) {
        const { pathname, search } = new URL(url);
        for (const origin of hub.origins)
          expect(adapter.modelIdFromUrl(`${origin}${pathname}${search}`), `${origin}${pathname}`).not.toBeNull();
        // The other spelling of each host (with or without `www.`) is not the hub's unless its descriptor says so.
        for (const origin of hub.origins) {
          const host = new URL(origin).hostname;
          const other = `https://${host.startsWith('www.') ? host.slice(4) : `www.${host}`}`;
          if (hub.origins.includes(other)) continue;
          expect(adapter.modelIdFromUrl(`${other}${pathname}${search}`), `${other}${pathname}`).toBeNull();
          expect(adapterForUrl(`${other}${pathname}${search}`), `${other}${pathname}`).toBeNull();
        }
        // Plain http is not an origin of any hub.
        expect(adapter.modelIdFromUrl(url.replace(/^https:/, 'http:'))).toBeNull();
      }
    }
  });

  it('build model page URLs on the canonical origin, and tell a page by its origin', () => {
    for (const hub of hubDescriptors()) {
      const urls = URL_MODULES[`../../../lib/hubs/${hub.id}/urls.ts`]!.modelPageUrls;
      const id = HUB_ADAPTERS[hub.id].modelIdFromUrl(urls[0]!)!;
      expect(new URL(HUB_ADAPTERS[hub.id].modelUrl(id)).origin).toBe(hub.origins[0]);
      for (const origin of hub.origins) expect(hubOfOrigin(`${origin}/anything`)?.id).toBe(hub.id);
    }
    expect(hubOfOrigin('https://example.com/')).toBeUndefined();
    expect(hubOfOrigin('not a url')).toBeUndefined();
  });

  it('fetches in the background only from the hosts of hubs that have an API', () => {
    // Kaggle has no anonymous API: no host permission for it.
    expect(
      hubDescriptors()
        .filter(isPageOnly)
        .map((hub) => hub.id),
    ).toEqual(['kaggle']);
    expect(hostPermissions().sort()).toEqual([
      'https://civitai.com/*',
      'https://huggingface.co/*',
      'https://modelscope.cn/*',
      'https://ollama.com/*',
      'https://registry.ollama.ai/*',
    ]);
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
});

describe('the content-script entrypoints', () => {
  it('are one per hub, each matching exactly its descriptor’s origins', () => {
    const scripts = Object.entries(ENTRYPOINTS).map(([file, module]) => ({ file, matches: module.default.matches }));
    expect(scripts.length).toBeGreaterThan(0);
    const owners = scripts.map(({ file, matches }) => {
      const hub = hubDescriptors().find((h) => JSON.stringify(contentScriptMatches(h)) === JSON.stringify(matches));
      // A content script whose matches are no hub's: it has no descriptor (or disagrees with it).
      expect(hub?.id, `${file} matches ${JSON.stringify(matches)}`).toBeDefined();
      return hub!.id;
    });
    expect(owners.sort()).toEqual([...HUBS].sort());
  });

  it('each names its own hub’s descriptor and page half, and nothing of the background', () => {
    for (const file of Object.keys(ENTRYPOINTS)) {
      const source = readFileSync(path.resolve(import.meta.dirname, file), 'utf8');
      const hub = /@\/lib\/hubs\/([\w-]+)\/descriptor'/.exec(source)?.[1];
      expect(hub, file).toBeDefined();
      expect(HUBS, file).toContain(hub);
      expect(source, file).toContain(`runHubContentScript(ctx, ${hub}Hub, ${hub}Page)`);
      expect(source, file).not.toMatch(/lib\/hubs\/(adapters|registry)'|\/adapter'/);
    }
  });
});

/**
 * Following the checklist in docs/ARCHITECTURE.md ("Adding a hub") for a hub that does not exist: its descriptor
 * and its registry line. The manifest, the options page and the end-to-end hosts pick it up with no other change.
 */
describe('a new hub added by the checklist', () => {
  const dummy: HubDescriptor = {
    id: 'dummyhub' as HubId,
    label: 'Dummy Hub',
    beta: true,
    origins: ['https://models.dummy.example', 'https://www.models.dummy.example'],
    fetchHosts: ['api.dummy.example'],
    cards: { selector: 'li.dummy-card', title: 'h3' },
    theme: { attribute: 'data-theme', dark: 'night' },
  };
  const registry = HUB_DESCRIPTORS as Record<string, HubDescriptor>;

  it('reaches the manifest, the options and the end-to-end host list', async () => {
    registry[dummy.id] = dummy; // the registry line
    try {
      const config = (await import('../../../wxt.config')).default as {
        manifest: (env: { browser: string; manifestVersion: number; mode: string; command: string }) => {
          host_permissions: string[];
        };
      };
      const manifest = config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
      expect(manifest.host_permissions).toContain('https://api.dummy.example/*');
      expect(manifest.host_permissions).not.toContain('https://models.dummy.example/*');
      expect(contentScriptMatches(dummy)).toEqual([
        'https://models.dummy.example/*',
        'https://www.models.dummy.example/*',
      ]);

      const { HUB_HOSTS } = await import('../../e2e/support/hosts');
      expect(HUB_HOSTS).toEqual(expect.arrayContaining(['models.dummy.example', 'www.models.dummy.example']));
      expect(HUB_HOSTS).toContain('api.dummy.example');
      expect(hubHosts()).toEqual(HUB_HOSTS);

      const root = document.createElement('div');
      render(<SettingsForm settings={structuredClone(DEFAULT_SETTINGS)} onChange={() => undefined} />, root);
      const hubSwitch = root.querySelector('input[name="hub-dummyhub"]');
      expect(hubSwitch?.closest('label')?.textContent).toBe('Dummy Hub (beta)');
      expect(root.querySelector('input[name="hub-huggingface"]')?.closest('label')?.textContent).toBe('Hugging Face');
      render(null, root);
    } finally {
      delete registry[dummy.id];
    }
  });
});
