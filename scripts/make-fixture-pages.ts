/**
 * Generates the compact model pages of the recorded hub in tests/fixtures/hub from its API records and READMEs, so
 * page props and API records always agree. Pages reproduce the real DOM shape (the ModelHeader, tabs and cards of the hub's saved pages; tests/fixtures/hub/README.md) in
 * our own markup and words, with no scripts. Run: npx tsx scripts/make-fixture-pages.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HUB = path.resolve(import.meta.dirname, '../tests/fixtures/hub/huggingface.co');

type Json = Record<string, unknown>;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const readJson = (rel: string): Json => JSON.parse(readFileSync(path.join(HUB, rel), 'utf8')) as Json;
const readText = (rel: string): string | null => {
  const p = path.join(HUB, rel);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
};

function write(rel: string, html: string): void {
  const p = path.join(HUB, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, html);
}

const LIBRARIES = new Set([
  'transformers',
  'safetensors',
  'pytorch',
  'tf',
  'jax',
  'rust',
  'coreml',
  'onnx',
  'diffusers',
  'tflite',
  'peft',
  'gguf',
]);
const LANGUAGES = new Set(['en', 'de', 'fr', 'it', 'pt', 'hi', 'es', 'th']);

/** Whether the fixture hub answers for this dataset id (else the page marks the tag as not a Hub dataset). */
function datasetKnown(id: string): boolean {
  const base = path.join(HUB, 'api/datasets', ...id.split('/'));
  return [base, `${base}.json`, `${base}.http.json`, `${base}.json.http.json`].some((p) => existsSync(p));
}

/** The Hub's own tag classification, as page props carry it in `tag_objs`. */
function tagObjs(rec: Json): Json[] {
  const tags = (rec['tags'] as string[]) ?? [];
  return tags.map((t): Json => {
    if (t === rec['pipeline_tag']) return { id: t, label: t, type: 'pipeline_tag' };
    if (LIBRARIES.has(t)) return { id: t, label: t, type: 'library' };
    if (LANGUAGES.has(t)) return { id: t, label: t, type: 'language' };
    const colon = t.indexOf(':');
    const prefix = colon > 0 ? t.slice(0, colon) : '';
    const rest = t.slice(colon + 1);
    if (prefix === 'dataset') return { id: t, label: rest, type: 'dataset', extra: { disabled: !datasetKnown(rest) } };
    if (prefix === 'license') return { id: t, label: rest, type: 'license' };
    if (prefix === 'arxiv') return { id: t, label: t, type: 'arxiv' };
    if (prefix === 'doi') return { id: t, label: t, type: 'doi' };
    if (prefix === 'region') return { id: t, label: rest, type: 'region' };
    return { id: t, label: t, type: 'other' };
  });
}

/** `props.model` of a page: the API record minus what pages do not embed (sha, siblings, spaces, widgetData). */
function pageModel(rec: Json): Json {
  const drop = new Set([
    '_id',
    '_note',
    'modelId',
    'sha',
    'siblings',
    'spaces',
    'widgetData',
    'mask_token',
    'usedStorage',
  ]);
  const model: Json = {};
  for (const [k, v] of Object.entries(rec)) if (!drop.has(k)) model[k] = v;
  return {
    ...model,
    cardExists: true,
    repoType: 'model',
    tag_objs: tagObjs(rec),
    inference: '',
    availableInferenceProviders: [],
    discussionsDisabled: false,
    isLikedByUser: false,
  };
}

function headerProps(rec: Json, activeTab: string): string {
  const author = String(rec['author'] ?? '');
  return JSON.stringify({
    activeTab,
    author: { _id: `fixture-${author}`, avatarUrl: '', fullname: author, name: author, type: 'org', isHf: false },
    canReadRepoSettings: false,
    canWriteRepoContent: false,
    canDisable: false,
    model: pageModel(rec),
    discussionsStats: { open: 3, closed: 5, total: 8 },
    query: {},
  });
}

const tag = (href: string | null, label: string): string => {
  const inner = `<div class="tag tag-white"><span>${esc(label)}</span></div>`;
  return href
    ? `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg" href="${esc(href)}">${inner}</a>`
    : `<button class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg" type="button">${inner}</button>`;
};

function tagRow(rec: Json): string {
  const tags = (rec['tags'] as string[]) ?? [];
  const out: string[] = [];
  if (rec['pipeline_tag']) out.push(tag(`/models?pipeline_tag=${rec['pipeline_tag']}`, String(rec['pipeline_tag'])));
  for (const t of tags.filter((x) => LIBRARIES.has(x))) out.push(tag(`/models?library=${t}`, t));
  const datasets = tags.filter((t) => t.startsWith('dataset:'));
  if (datasets.length > 0) out.push(tag(null, `${datasets.length} dataset${datasets.length > 1 ? 's' : ''}`));
  for (const t of tags.filter((x) => LANGUAGES.has(x))) out.push(tag(`/models?language=${t}`, t));
  for (const t of tags.filter((x) => x.startsWith('arxiv:') || x.startsWith('doi:'))) out.push(tag(null, t));
  for (const t of tags.filter((x) => x.startsWith('license:'))) out.push(tag(null, `License: ${t.slice(8)}`));
  return `<div class="mb-3 flex flex-wrap md:mb-4">\n${out.join('\n')}\n</div>`;
}

function tabs(base: string, active: 'card' | 'files', kind: 'model' | 'dataset'): string {
  const t = (href: string, label: string, on: boolean) =>
    `<a class="tab-alternate${on ? ' active' : ''}" href="${esc(href)}">${label}</a>`;
  return `<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto overflow-y-hidden">
${t(base, kind === 'model' ? 'Model card' : 'Dataset card', active === 'card')}
${kind === 'dataset' ? t(`${base}/viewer`, 'Data Studio', false) : ''}
${t(`${base}/tree/main`, 'Files and versions', active === 'files')}
${t(`${base}/discussions`, 'Community <span>8</span>', false)}
</div></div>`;
}

function h1(ownerHref: string, owner: string, nameHref: string, name: string): string {
  return `<h1 class="flex flex-wrap items-center max-md:leading-tight mb-3 text-lg max-sm:gap-y-1.5 md:text-xl">
<div class="group flex flex-none items-center"><span class="inline-block"><span class="contents"><a href="${esc(ownerHref)}" class="text-gray-400 hover:text-blue-600">${esc(owner)}</a></span></span><div class="mx-0.5 text-gray-300">/</div></div>
<div class="max-w-full"><a class="break-words font-mono font-semibold hover:text-blue-600" href="${esc(nameHref)}">${esc(name)}</a>
<button class="text-sm mr-4 inline-flex cursor-pointer items-center text-gray-600" title="Copy name to clipboard" type="button">copy</button></div>
<div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border bg-white text-sm leading-none text-gray-500 mr-2"><button class="relative flex items-center px-1.5 py-1" title="Like"><span class="ml-4 pl-0.5">like</span></button><button class="flex items-center border-l px-1.5 py-1 text-gray-400" title="See users who liked this repository">12</button></div>
</h1>`;
}

/** A small markdown renderer for our own fixture READMEs: headings, paragraphs, links, table rows. */
function renderReadme(md: string): string {
  let text = md;
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---', 4);
    if (end > 0) text = text.slice(text.indexOf('\n', end + 1) + 1);
  }
  const inline = (s: string): string =>
    esc(s).replace(
      /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g,
      (_m, label: string, href: string) => `<a href="${href}" rel="nofollow">${label}</a>`,
    );
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  for (const line of text.split('\n')) {
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h) {
      flush();
      const level = h[1]!.length;
      out.push(`<h${level}>${inline(h[2]!)}</h${level}>`);
    } else if (line.startsWith('|')) {
      flush();
      if (!/^\|[-| ]+\|$/.test(line)) {
        const cells = line
          .split('|')
          .slice(1, -1)
          .map((c) => `<td>${inline(c.trim())}</td>`);
        out.push(`<table><tr>${cells.join('')}</tr></table>`);
      }
    } else if (line.trim() === '') flush();
    else para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

/**
 * A few rules standing in for the hub's Tailwind build, so the demo and screenshots look like a hub page (header
 * line, tag row, card grid, dark theme). Layout only; tests do not depend on it.
 */
const HUB_LOOK = [
  'body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#111827;background:#fff}',
  'html.dark body{color:#e5e7eb;background:#0b0f19}',
  'a{color:inherit;text-decoration:none}',
  '.container{max-width:1280px;margin:0 auto;padding:0 24px;box-sizing:border-box}',
  '.flex{display:flex}.inline-flex{display:inline-flex}.flex-wrap{flex-wrap:wrap}.items-center{align-items:center}',
  '.flex-col{flex-direction:column}.h-16{height:64px}.mr-5{margin-right:20px}',
  'nav ul{list-style:none;display:flex;gap:16px;margin:0;padding:0}',
  'header{border-bottom:1px solid #e5e7eb}html.dark header{border-color:#1f2937}',
  'h1{font-size:20px;gap:6px;margin:24px 0 12px}h1 .font-mono{font-family:ui-monospace,monospace;font-weight:600}',
  'button{font:inherit;color:inherit;background:none;border:1px solid #e5e7eb;border-radius:6px;padding:1px 6px}',
  '.tag{display:inline-block;margin:0 6px 6px 0;padding:1px 8px;border:1px solid #e5e7eb;border-radius:8px;font-size:13px}',
  '.tab-alternate{display:inline-block;padding:10px 14px;border-bottom:2px solid transparent}.tab-alternate.active{border-color:currentColor;font-weight:600}',
  '.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:16px}',
  '.overview-card-wrapper{border:1px solid #e5e7eb;border-radius:10px;padding:8px 12px}html.dark .overview-card-wrapper{border-color:#1f2937}',
  'h4{margin:0;font-family:ui-monospace,monospace;font-size:14px}',
  'main{padding-bottom:40px}',
].join('');

function shell(title: string, canonical: string, main: string, bodyClass = ''): string {
  return `<!doctype html>
<html class="">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="canonical" href="${esc(canonical)}">
<meta property="og:url" content="${esc(canonical)}">
<meta name="description" content="Fixture page generated by scripts/make-fixture-pages.ts for Openness Lens tests.">
<style>${HUB_LOOK}</style>
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black${bodyClass ? ` ${bodyClass}` : ''}">
<div class="flex min-h-dvh flex-col">
<div class="SVELTE_HYDRATER contents" data-target="SystemThemeMonitor" data-props="${esc(JSON.stringify({ isLoggedIn: false }))}"></div>
<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="${esc(JSON.stringify({ classNames: '', isWide: false }))}"><header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center"><a class="mr-5 flex flex-none items-center" href="/">Hugging Face</a><nav aria-label="Main"><ul class="flex items-center space-x-2"><li><a href="/models">Models</a></li><li><a href="/datasets">Datasets</a></li><li><a href="/spaces">Spaces</a></li><li><a href="/docs">Docs</a></li><li><a href="/login">Log In</a></li><li><a href="/join">Sign Up</a></li></ul></nav></div></header></div>
<main class="flex flex-1 flex-col">
${main}
</main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500"><a href="/pricing">Pricing</a> <a href="/docs">Docs</a></nav></footer>
</div>
</body>
</html>
`;
}

function modelHeader(rec: Json, activeTab: string, active: 'card' | 'files'): string {
  const id = String(rec['id']);
  const author = String(rec['author'] ?? id.split('/')[0]);
  const name = id.includes('/') ? id.slice(id.indexOf('/') + 1) : id;
  return `<div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="${esc(headerProps(rec, activeTab))}">
<header class="bg-linear-to-t border-b border-gray-100 pt-6 sm:pt-9 from-gray-50-to-white via-white dark:via-gray-950"><div class="container relative">
${h1(`/${author}`, author, `/${id}`, name)}
${tagRow(rec)}
${tabs(`/${id}`, active, 'model')}
</div></header></div>`;
}

function gateNotice(rec: Json): string {
  if (rec['gated'] !== 'auto' && rec['gated'] !== 'manual') return '';
  return `<div class="gated-notice rounded-lg border border-gray-100 p-4 mb-6"><h3>This model is gated</h3><p>Its files are shared after you accept the conditions set by its authors. Log in to review them.</p></div>`;
}

function modelPage(id: string): void {
  const rec = readJson(`api/models/${id}.json`);
  const readme = readText(`${id}/raw/main/README.md`) ?? `# ${id}\n\nNo model card.`;
  const body = `${modelHeader(rec, 'modelCard', 'card')}
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1 space-y-4 md:gap-6">
<section class="pt-8 border-gray-100 md:col-span-7 pb-24 relative break-words">
${gateNotice(rec)}
<div class="model-card-content prose hf-sanitized">
${renderReadme(readme)}
</div>
</section>
<section class="pt-6 border-gray-100 md:pb-24 md:pl-6 md:col-span-5 md:border-l"><dl><dt>Downloads last month</dt><dd>${esc(String(rec['downloads'] ?? 0))}</dd></dl></section>
</div>`;
  write(`${id}.html`, shell(`${id} · Hugging Face`, `https://huggingface.co/${id}`, body));
}

function filesPage(id: string): void {
  const rec = readJson(`api/models/${id}.json`);
  const files = ((rec['siblings'] as { rfilename: string }[]) ?? []).map((s) => s.rfilename);
  const rows = files
    .map(
      (f) =>
        `<li class="grid h-10 grid-cols-12 border-b"><a class="col-span-8 truncate" href="/${esc(id)}/blob/main/${esc(f)}">${esc(f)}</a></li>`,
    )
    .join('\n');
  const body = `${modelHeader(rec, 'files', 'files')}
<div class="container relative flex flex-col"><section class="pt-8"><ul class="mb-8 rounded-b-lg border border-t-0">
${rows}
</ul></section></div>`;
  write(`${id}/tree/main.html`, shell(`${id} at main · Hugging Face`, `https://huggingface.co/${id}/tree/main`, body));
}

function card(id: string, task: string, updated: string, absolute = false): string {
  const href = absolute ? `https://huggingface.co/${id}?hardware=cpu` : `/${id}`;
  return `<article class="overview-card-wrapper group/repo from-gray-50-to-white"><a class="block p-2" href="${esc(href)}"><header class="flex items-center mb-0.5" title="${esc(id)}"><h4 class="text-md truncate font-mono text-black">${esc(id)}</h4></header>
<div class="mr-1 flex items-center overflow-hidden whitespace-nowrap text-sm leading-tight text-gray-400">${esc(task)}<span class="px-1.5 text-gray-300">•</span><span title="Number of parameters in this model">8B</span><span class="px-1.5 text-gray-300">•</span>Updated <time datetime="${updated}" title="${updated}">${updated.slice(0, 10)}</time><span class="px-1.5 text-gray-300">•</span>1.2k<span class="px-1.5 text-gray-300">•</span>12</div></a></article>`;
}

const LISTED = [
  'meta-llama/Llama-3.1-8B-Instruct',
  'meta-llama/Llama-3.1-8B',
  'meta-llama/Meta-Llama-3-8B-Instruct',
  'google-bert/bert-base-uncased',
  'HuggingFaceH4/zephyr-7b-beta',
  'mistralai/Mistral-7B-v0.1',
  'CompVis/stable-diffusion-v1-4',
  'openai/clip-vit-base-patch32',
  'openai-community/gpt2',
  'example-org/custom-license-model',
  'example-org/llama-3.1-8b-apache-finetune',
  'example-org/orphan-finetune',
  'example-org/cycle-a',
  'example-org/cycle-b',
  'example-org/private-base-finetune',
  'example-org/disabled-model',
  'example-org/private-model',
  'example-org/does-not-exist',
  ...Array.from({ length: 8 }, (_, i) => `example-org/chain-${i}`),
  ...Array.from({ length: 6 }, (_, i) => `listing-only/model-${i + 1}`),
];

function listingPage(): void {
  const cards = LISTED.map((id, i) =>
    card(
      id,
      i % 3 === 0 ? 'Text Generation' : 'Fill-Mask',
      `2025-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
      i % 10 === 7,
    ),
  );
  const listProps = {
    initialValues: {
      models: LISTED.slice(0, 10).map((id) => ({
        id,
        author: id.split('/')[0],
        pipeline_tag: 'text-generation',
        likes: 12,
        downloads: 1234,
      })),
    },
  };
  const body = `<div class="container relative flex flex-col md:grid md:grid-cols-12">
<section class="col-span-full pt-8"><h1 class="text-lg font-bold">Models <span class="text-gray-400">${LISTED.length}</span></h1>
<div class="SVELTE_HYDRATER contents" data-target="ModelList" data-props="${esc(JSON.stringify(listProps))}">
<div class="grid grid-cols-1 gap-5 2xl:grid-cols-2">
${cards.join('\n')}
</div></div></section></div>`;
  write('models.html', shell('Models - Hugging Face', 'https://huggingface.co/models', body));
}

/**
 * A collection of 30 well-known models, for the listing's words (tests/e2e/listing.spec.ts): fully open ones (OLMo 2,
 * Pythia, Amber) beside restricted ones (Llama, Gemma, BLOOM, Stable Diffusion), permissive ones that keep their data,
 * and ones whose evidence leaves the verdict open. Records and READMEs under `api/models/…` and `…/raw/main/`.
 */
const WELL_KNOWN = [
  'allenai/OLMo-2-1124-7B',
  'allenai/OLMo-2-1124-13B',
  'allenai/OLMo-2-1124-7B-SFT',
  'allenai/OLMo-2-1124-7B-DPO',
  'allenai/OLMo-2-1124-7B-Instruct',
  'allenai/OLMo-2-1124-13B-SFT',
  ...['70m', '160m', '410m', '1b', '1.4b', '2.8b', '6.9b', '12b'].map((size) => `EleutherAI/pythia-${size}-deduped`),
  'LLM360/Amber',
  'meta-llama/Llama-3.1-8B',
  'meta-llama/Llama-3.1-8B-Instruct',
  'meta-llama/Meta-Llama-3-8B-Instruct',
  'google/gemma-2-2b',
  'bigscience/bloom-560m',
  'CompVis/stable-diffusion-v1-4',
  'mistralai/Mistral-7B-v0.1',
  'HuggingFaceH4/zephyr-7b-beta',
  'openai-community/gpt2',
  'google-bert/bert-base-uncased',
  'openai/clip-vit-base-patch32',
  'example-org/custom-license-model',
  'example-org/orphan-finetune',
  'example-org/no-card-model',
  'example-org/described-data-model',
];
const WELL_KNOWN_PATH = 'collections/example-org/well-known-models-674a1f0c2b9e3d5a6f7c8e90';

function collectionPage(): void {
  const cards = WELL_KNOWN.map((id, i) =>
    card(id, 'Text Generation', `2024-12-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`),
  );
  const props = { collection: { slug: WELL_KNOWN_PATH.slice('collections/'.length), title: 'Well-known models' } };
  const body = `<div class="SVELTE_HYDRATER contents" data-target="CollectionPage" data-props="${esc(JSON.stringify(props))}">
<div class="container relative flex flex-col"><section class="pt-8"><h1 class="text-lg font-bold">Well-known models <span class="text-gray-400">${WELL_KNOWN.length}</span></h1>
<p>Open, restricted and undecided models side by side.</p>
<div class="grid grid-cols-1 gap-5 2xl:grid-cols-2">
${cards.join('\n')}
</div></section></div></div>`;
  write(
    `${WELL_KNOWN_PATH}.html`,
    shell('Well-known models - a example-org Collection', `https://huggingface.co/${WELL_KNOWN_PATH}`, body),
  );
}

function profilePage(): void {
  const owned = ['some-user/tiny-experiment', 'some-user/another-experiment'];
  const body = `<div class="SVELTE_HYDRATER contents" data-target="UserProfile" data-props="${esc(JSON.stringify({ user: { name: 'some-user', fullname: 'Some User', type: 'user' } }))}">
<div class="container relative flex flex-col md:grid md:grid-cols-12"><section class="md:col-span-3 pt-8"><h1 class="text-xl font-bold">Some User</h1><p>some-user</p></section>
<section class="md:col-span-9 pt-8"><h3>Models</h3><div class="grid grid-cols-1 gap-5">
${owned.map((id) => card(id, 'Text Generation', '2024-11-02T10:00:00.000Z')).join('\n')}
</div></section></div></div>`;
  write('some-user.html', shell('some-user (Some User)', 'https://huggingface.co/some-user', body));
}

function datasetPage(id: string): void {
  const rec = readJson(`api/datasets/${id}.json`);
  const [owner] = id.split('/');
  const props = JSON.stringify({
    activeTab: 'datasetCard',
    dataset: {
      id,
      author: owner,
      private: false,
      gated: rec['gated'],
      tags: rec['tags'],
      cardData: rec['cardData'],
      repoType: 'dataset',
    },
  });
  const body = `<div class="SVELTE_HYDRATER contents" data-target="DatasetHeader" data-props="${esc(props)}">
<header class="bg-linear-to-t border-b border-gray-100 pt-6 sm:pt-9 from-red-50/50 via-white"><div class="container relative">
${h1(`/${owner}`, owner ?? '', `/datasets/${id}`, id.slice(id.indexOf('/') + 1))}
${tagRow({ tags: rec['tags'] })}
${tabs(`/datasets/${id}`, 'card', 'dataset')}
</div></header></div>
<div class="container relative"><section class="pt-8 prose"><h1>${esc(id)}</h1><p>A fixture dataset page.</p></section></div>`;
  write(
    `datasets/${id}.html`,
    shell(`${id} · Datasets at Hugging Face`, `https://huggingface.co/datasets/${id}`, body),
  );
}

/**
 * Models whose page shows them public while the API answers 401 or 404 (hand-made records, kept here rather than
 * under `api/models` so the API has no record of them): the page in front of the user wins.
 */
const PAGE_ONLY: Json[] = ['api-404-gguf', 'api-401-gguf'].map((name) => ({
  id: `example-org/${name}`,
  author: 'example-org',
  private: false,
  disabled: false,
  gated: false,
  downloads: 321,
  likes: 4,
  lastModified: '2024-11-20T09:00:00.000Z',
  pipeline_tag: 'text-generation',
  library_name: 'gguf',
  tags: ['gguf', 'text-generation', 'en', 'license:apache-2.0', 'region:us'],
  cardData: { license: 'apache-2.0', language: ['en'], pipeline_tag: 'text-generation' },
}));

/**
 * A file's page (`/{id}/blob/main/{file}`), in the shape of the hub's blob pages: body class `ViewerBlobPage`, the
 * ModelHeader with the record but no file list, then the file's own view.
 */
function blobPage(rec: Json, file: string): void {
  const id = String(rec['id']);
  const body = `${modelHeader(rec, 'files', 'files')}
<div class="container relative flex flex-col"><section class="pt-8">
<div class="mb-2 flex items-center gap-2"><a class="rounded-lg border px-2" href="/${esc(id)}/tree/main">main</a><span>/</span><span class="font-mono">${esc(file)}</span></div>
<div class="rounded-t-lg border px-3 py-2"><a href="/${esc(id)}/resolve/main/${esc(file)}" download>download</a></div>
<div class="rounded-b-lg border border-t-0 p-4"><p>This file is stored with Git LFS. It is too big to display, but you can still download it.</p><dl><dt>Size of remote file</dt><dd>4.37 GB</dd></dl></div>
</section></div>`;
  write(
    `${id}/blob/main/${file}.html`,
    shell(`${file} · ${id} at main`, `https://huggingface.co/${id}/blob/main/${file}`, body, 'ViewerBlobPage'),
  );
}

/**
 * The hub's error page for `status` at `rel`, in its real shape: body class `ErrorPage`, the title
 * "404 – Hugging Face", the main header, and the status as the page's only `<h1>`. Served with that status.
 */
function errorPage(rel: string, status: number, sentence: string): void {
  const body = `<div class="flex-1"><div class="container pb-32 pt-28 text-center">
<div><h1 class="mx-auto max-w-xl text-4xl font-bold text-gray-800 md:text-6xl">${status}</h1>
<p class="mx-auto mt-6 max-w-sm whitespace-pre-line text-lg text-gray-500">${esc(sentence)}</p></div>
</div></div>`;
  write(`${rel}.html`, shell(`${status} – Hugging Face`, `https://huggingface.co/${rel}`, body, 'ErrorPage'));
  write(`${rel}.html.http.json`, `${JSON.stringify({ status }, null, 1)}\n`);
}

for (const id of [
  'meta-llama/Llama-3.1-8B-Instruct',
  'google-bert/bert-base-uncased',
  'CompVis/stable-diffusion-v1-4',
  'openai/clip-vit-base-patch32',
  'example-org/llama-3.1-8b-apache-finetune',
  'example-org/vision-terms-model',
  'gpt2',
]) {
  modelPage(id);
}
filesPage('google-bert/bert-base-uncased');
listingPage();
collectionPage();
profilePage();
datasetPage('HuggingFaceH4/ultrachat_200k');
for (const rec of PAGE_ONLY) blobPage(rec, `${String(rec['id']).slice('example-org/'.length)}.Q4_K_M.gguf`);
// At URLs with a model's shape: only the page's markers say it is an error page.
errorPage('example-org/not-a-model.Q4_K_M.gguf', 404, 'This page does not exist here. Check the address.');
errorPage('example-org/server-error', 500, 'Something went wrong on our side. Try again in a moment.');
console.log('fixture pages written under', HUB);
