/**
 * The built packages (npm test builds them first): the content script stays within its budget and the manifests
 * ask only for what the extension uses.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../../scripts/content-script-files';
import { contentScriptMatches } from '../../../lib/hubs/descriptor';
import { hostPermissions, hubDescriptors } from '../../../lib/hubs/registry';

const OUTPUT = path.resolve('.output');
const CONTENT_SCRIPT_BUDGET = 80_000;
const CHUNK_BUDGET = 60_000;

function manifest(target: string): Record<string, unknown> {
  const file = path.join(OUTPUT, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('content scripts', () => {
  it('chrome-mv3 keeps plain content scripts (the module loader is off: docs/PERFORMANCE.md) and exposes only the chunks, at a per-session URL on the hubs', () => {
    const m = manifest('chrome-mv3');
    const scripts = m.content_scripts as { js: string[]; matches: string[] }[];
    const exposed = m.web_accessible_resources as {
      resources: string[];
      matches: string[];
      use_dynamic_url?: boolean;
    }[];
    for (const script of scripts) {
      expect(contentScriptFiles(path.join(OUTPUT, 'chrome-mv3'), script.js)).toEqual(script.js);
      expect(script.matches.every((match) => /^https:\/\/[^/*]+\/\*$/.test(match))).toBe(true);
    }
    // The chunks the scripts load later: to every hub's origins, at a per-session URL. Nothing else is exposed.
    const origins = [...new Set(scripts.flatMap((script) => script.matches))];
    expect(exposed).toEqual([{ resources: ['content-chunks/*.js'], matches: origins, use_dynamic_url: true }]);
    // Chrome 130–131 refused a content script's import of a per-session URL.
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(136);
  });

  it('firefox-mv2 keeps plain content scripts and exposes nothing', () => {
    const m = manifest('firefox-mv2');
    expect(m.web_accessible_resources).toBeUndefined();
    for (const script of m.content_scripts as { js: string[] }[])
      expect(contentScriptFiles(path.join(OUTPUT, 'firefox-mv2'), script.js)).toEqual(script.js);
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'])('%s: the breakdown, loaded when a badge is first opened', (target) => {
  const dir = path.join(OUTPUT, target);
  const chunk = () => readFileSync(path.join(dir, 'content-chunks/breakdown.js'), 'utf8');

  it(`is a chunk of its own within ${CHUNK_BUDGET / 1000} kB, not part of any content script`, () => {
    expect(statSync(path.join(dir, 'content-chunks/breakdown.js')).size).toBeLessThanOrEqual(CHUNK_BUDGET);
    expect(chunk()).toContain('ol-breakdown');
    for (const script of manifest(target).content_scripts as { js: string[] }[])
      for (const file of contentScriptFiles(dir, script.js))
        expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('ol-breakdown');
  });

  it("runs on the content script's Preact and catalogue: it imports nothing and bundles neither", () => {
    // Nothing at all: Chrome serves a chunk at a per-session URL redirecting to the fixed one, against which a
    // relative import would resolve — and the page may not load the fixed URL.
    for (const file of readdirSync(path.join(dir, 'content-chunks')))
      expect(readFileSync(path.join(dir, 'content-chunks', file), 'utf8'), file).not.toMatch(
        /(?:^|[;}\n])\s*(?:import|export)\s*(?:[{*\w][^'"`]*from\s*)?["'`][^"'`]+["'`]/,
      );
    const code = chunk();
    expect(code).toMatch(/__opennessLensShared(?:\.preact\b|\[`preact`\])/);
    expect(code).toMatch(/__opennessLensShared\[`@\/lib\/catalogue`\]/);
    // The badge's own words are the content script's: the chunk reads them through the shared catalogue.
    expect(code).not.toContain('Openness Lens: checking this model');
    // Preact's own diff: the MathML namespace it gives `<math>` elements appears only where Preact is.
    const PREACT_CORE = 'http://www.w3.org/1998/Math/MathML';
    expect(code).not.toContain(PREACT_CORE);
    expect(readFileSync(path.join(dir, 'content-scripts/huggingface.js'), 'utf8')).toContain(PREACT_CORE);
  });

  it('leaves hooks to the breakdown: no content script carries them, the chunk does, once', () => {
    // Hooks' state field (mangled `__H`): their option wrappers would run on every element a content script draws.
    for (const script of manifest(target).content_scripts as { js: string[] }[])
      for (const file of contentScriptFiles(dir, script.js))
        expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/\.__H\b/);
    expect(chunk()).toMatch(/\.__H\b/);
  });

  it('loads Chinese words only for a Chinese browser: a chunk of their own, not in any content script', () => {
    const zh = readFileSync(path.join(dir, 'content-chunks/catalogue-zh.js'), 'utf8');
    expect(zh).toContain('正在检查此模型');
    // The breakdown's Chinese words too: the breakdown's chunk carries English only.
    expect(zh).toContain('复现所需的一切均已发布');
    expect(chunk()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(statSync(path.join(dir, 'content-chunks/catalogue-zh.js')).size).toBeLessThanOrEqual(CHUNK_BUDGET);
    for (const script of manifest(target).content_scripts as { js: string[] }[])
      for (const file of contentScriptFiles(dir, script.js))
        expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('正在检查此模型');
  });
});

describe('firefox-mv2 background and minimum version', () => {
  it('is an event page, which Firefox may unload when idle (as Chrome stops its worker)', () => {
    expect(manifest('firefox-mv2').background).toEqual({ persistent: false, scripts: ['background.js'] });
  });

  it('asks for the oldest Firefox that has every API the package calls', () => {
    const gecko = (manifest('firefox-mv2').browser_specific_settings as { gecko: { strict_min_version?: string } })
      .gecko;
    const min = Number.parseFloat(gecko.strict_min_version ?? '0');
    const code = ['background.js', 'content-scripts/huggingface.js']
      .map((file) => readFileSync(path.join(OUTPUT, 'firefox-mv2', file), 'utf8'))
      .join('\n');
    // The newest API the code needs, and the Firefox that brought it (an API added later must raise the minimum).
    const needs: [RegExp, number][] = [
      [/AbortSignal\.any\b/, 124],
      [/AbortSignal\.timeout\b/, 100],
      [/\.findLast\(/, 104],
      [/structuredClone\(/, 94],
    ];
    for (const [api, version] of needs) if (api.test(code)) expect(min, String(api)).toBeGreaterThanOrEqual(version);
    // Not newer than the code needs: the oldest version with all of them.
    const needed = Math.max(...needs.filter(([api]) => api.test(code)).map(([, version]) => version));
    expect(min).toBe(needed);
    // storage.session is Firefox 115 for MV2; Promise.withResolvers 121: neither is used, or the list above must say.
    expect(code).not.toMatch(/storage\.session|withResolvers/);
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'])('%s package', (target) => {
  it(`keeps every content script within ${CONTENT_SCRIPT_BUDGET / 1000} kB minified`, () => {
    const scripts = (manifest(target).content_scripts as { js?: string[] }[]) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    // One content script per hub: each is loaded alone, so each has the budget.
    for (const script of scripts) {
      const files = contentScriptFiles(path.join(OUTPUT, target), [...new Set(script.js ?? [])]);
      const bytes = files.reduce((sum, file) => sum + statSync(path.join(OUTPUT, target, file)).size, 0);
      expect(bytes, files.join(', ')).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    }
  });

  it('asks for storage and the hub hosts only: no <all_urls>, no tabs', () => {
    const m = manifest(target);
    const permissions = [...((m.permissions as string[]) ?? []), ...((m.host_permissions as string[]) ?? [])];
    expect(permissions).toContain('storage');
    for (const permission of permissions) {
      expect(
        permission === 'storage' ||
          permission === 'activeTab' ||
          /^https:\/\/([\w-]+\.)*[\w-]+\.\w+\/\*$/.test(permission),
      ).toBe(true);
    }
    expect(permissions).not.toContain('<all_urls>');
    expect(permissions).not.toContain('tabs');
    const matches = ((m.content_scripts as { matches: string[] }[]) ?? []).flatMap((s) => s.matches);
    expect(matches).toContain('https://huggingface.co/*');
    expect(matches).not.toContain('<all_urls>');
  });

  it("has one content script per hub, matching its descriptor, and the descriptors' fetch hosts as host permissions", () => {
    const m = manifest(target);
    const matches = ((m.content_scripts as { matches: string[] }[]) ?? []).map((s) => JSON.stringify(s.matches));
    expect(matches.sort()).toEqual(
      hubDescriptors()
        .map((hub) => JSON.stringify(contentScriptMatches(hub)))
        .sort(),
    );
    // MV3 lists hosts apart; WXT folds them into `permissions` for MV2.
    const hosts = [...((m.host_permissions as string[]) ?? []), ...((m.permissions as string[]) ?? [])].filter(
      (permission) => permission.includes('://'),
    );
    expect(hosts.sort()).toEqual(hostPermissions().sort());
  });

  it('is named Openness Lens, and described, in English and Simplified Chinese, and ships its icons', () => {
    const m = manifest(target);
    const localized = (value: unknown, locale: string) => {
      const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
      if (!key) return String(value);
      const file = path.join(OUTPUT, target, '_locales', locale, 'messages.json');
      return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]?.message;
    };
    expect(m.default_locale).toBe('en');
    expect(localized(m.name, 'en')).toBe('Openness Lens');
    expect(localized(m.name, 'zh_CN')).toBe('Openness Lens');
    expect(localized(m.description, 'en')).toMatch(/how open an AI model really is/);
    expect(localized(m.description, 'zh_CN')).toMatch(/开放/);
    // The stores cut a description longer than 132 characters.
    for (const locale of ['en', 'zh_CN']) expect(localized(m.description, locale)!.length).toBeLessThanOrEqual(132);
    const icons = Object.values((m.icons as Record<string, string>) ?? {});
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(existsSync(path.join(OUTPUT, target, icon))).toBe(true);
  });
});
