/**
 * The few keys the adapter reads from a README's YAML front matter (`license`, `datasets`, `base_model`), with a
 * deliberately small reader: top-level `key: value`, `key: [a, b]` and `key:` followed by `- item` lines. Anything
 * else is ignored. Bounded: at most 20 kB of front matter, 50 items per list.
 */
export interface FrontMatter {
  license?: string;
  datasets: string[];
  baseModels: string[];
}

const unquote = (s: string) =>
  s
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2')
    .trim();

function values(inline: string, following: string[]): string[] {
  const v = inline.trim();
  if (v.startsWith('[') && v.endsWith(']'))
    return v
      .slice(1, -1)
      .split(',')
      .map(unquote)
      .filter((s) => s !== '');
  if (v !== '') return [unquote(v)];
  const out: string[] = [];
  for (const line of following) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (!item) break;
    out.push(unquote(item[1] ?? ''));
  }
  return out.filter((s) => s !== '');
}

export function readFrontMatter(readme: string): FrontMatter {
  const out: FrontMatter = { datasets: [], baseModels: [] };
  const m = /^\uFEFF?---\r?\n([\s\S]{0,20000}?)\r?\n---/.exec(readme);
  if (!m) return out;
  const lines = (m[1] ?? '').split(/\r?\n/);
  lines.forEach((line, i) => {
    const kv = /^([A-Za-z_]+):(.*)$/.exec(line);
    if (!kv) return;
    const key = kv[1];
    const list = values(kv[2] ?? '', lines.slice(i + 1))
      .map((s) => s.slice(0, 256))
      .slice(0, 50);
    if (key === 'license' && list[0]) out.license = list[0];
    else if (key === 'datasets') out.datasets = list;
    else if (key === 'base_model') out.baseModels = list;
  });
  return out;
}
