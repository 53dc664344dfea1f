/**
 * Reads an Ollama page's HTML as text (the background has no DOM): the layer rows of a tag page, the capability
 * chips, the summary and the README, and a layer page's text. Server-rendered markup with `x-test-*` hooks
 *. Bounded: the input is cut before it is scanned, every list is capped.
 */

const MAX_HTML = 2_000_000;
const MAX_README = 100_000;

export interface Layer {
  /** `model`, `license`, `template`, `params`, ... as the row names it. */
  kind: string;
  /** The first 12 hex digits of the layer's sha256, as the page links it. */
  digest: string;
}

export interface OllamaPage {
  layers: Layer[];
  capabilities: string[];
  summary?: string;
  readme?: { text: string; links: { url: string; context: string }[] };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
export const decodeEntities = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');

/** Text of an HTML fragment: tags dropped, block ends as newlines, entities decoded, whitespace tidied. */
export function htmlText(fragment: string): string {
  return decodeEntities(
    fragment
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/(p|div|h[1-6]|li|pre|tr|br)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

function readLayers(html: string): Layer[] {
  const layers: Layer[] = [];
  const row = /<a\s[^>]*href="\/[^"/]+\/[^"/]+\/blobs\/([0-9a-f]{12,64})"[^>]*>\s*([a-z_-]{1,32})\s*<\/a>/gi;
  for (const m of html.matchAll(row)) {
    if (layers.length >= 50) break;
    layers.push({ digest: (m[1] ?? '').slice(0, 12).toLowerCase(), kind: (m[2] ?? '').toLowerCase() });
  }
  return layers;
}

function readCapabilities(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<span\s[^>]*x-test-capability[^>]*>([^<]{1,40})<\/span>/g)) {
    out.add((m[1] ?? '').trim().toLowerCase());
    if (out.size >= 20) break;
  }
  return [...out].filter((c) => c !== '');
}

function readReadme(html: string): OllamaPage['readme'] {
  const at = html.indexOf('id="readme"');
  if (at < 0) return undefined;
  // The README runs to the end of its section; the page footer follows.
  const end = html.indexOf('</main>', at);
  const fragment = html.slice(at, end > at ? end : at + MAX_README * 2);
  const text = htmlText(fragment.slice(fragment.indexOf('>') + 1)).slice(0, MAX_README);
  const links: { url: string; context: string }[] = [];
  for (const m of fragment.matchAll(/<a\s[^>]*href="(https?:\/\/[^"]{1,2000})"[^>]*>([\s\S]{0,300}?)<\/a>/gi)) {
    if (links.length >= 100) break;
    links.push({ url: decodeEntities(m[1] ?? ''), context: htmlText(m[2] ?? '').slice(0, 400) });
  }
  return { text: text.replace(/^Readme\s*/, ''), links };
}

export function readOllamaPage(input: string): OllamaPage {
  const html = input.slice(0, MAX_HTML);
  const summary = /<span id="summary-content">([\s\S]{0,4000}?)<\/span>/.exec(html)?.[1];
  const page: OllamaPage = { layers: readLayers(html), capabilities: readCapabilities(html) };
  const summaryText = summary === undefined ? '' : htmlText(summary);
  if (summaryText) page.summary = summaryText.slice(0, 1000);
  const readme = readReadme(html);
  if (readme) page.readme = readme;
  return page;
}

/** The text a layer page shows: its `<pre>` when it has one, else the page's main text. */
export function readLayerPage(input: string): string {
  const html = input.slice(0, MAX_HTML);
  const pre = /<pre\b[^>]*>([\s\S]*?)<\/pre>/i.exec(html)?.[1];
  if (pre !== undefined) return decodeEntities(pre.replace(/<[^>]*>/g, '')).trim();
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1];
  return htmlText(main ?? html);
}
