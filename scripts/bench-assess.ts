/**
 * Times one `assess` call: gathers every model in the recorded-hub fixtures once, then runs assess on each many
 * times and prints the median per model and the median over all of them, in microseconds.
 *   npx tsx scripts/bench-assess.ts [--snapshot <dir>] [--runs N]
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gatherHuggingFaceFacts } from '../lib/hubs/huggingface/gather';
import { assess } from '../lib/openness';
import type { ModelFacts } from '../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { recordedHubFetcher } from './recorded-hub';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

/** Model ids recorded under `huggingface.co/api/models/` (`<org>/<name>.json` and root `<name>.json`). */
function recordedIds(dir: string): string[] {
  const root = path.join(dir, 'huggingface.co/api/models');
  const ids: string[] = [];
  for (const entry of readdirSync(root)) {
    const full = path.join(root, entry);
    if (statSync(full).isDirectory()) {
      for (const file of readdirSync(full))
        if (/^[^.].*\.json$/.test(file) && !file.endsWith('.http.json')) ids.push(`${entry}/${file.slice(0, -5)}`);
    } else if (entry.endsWith('.json') && !entry.endsWith('.http.json')) ids.push(entry.slice(0, -5));
  }
  return ids.sort();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** The median over all recorded models of each model's median time for one `assess`, in microseconds. */
export async function medianAssessMicros(dir: string, runs: number, print = false): Promise<number> {
  const fetcher = recordedHubFetcher(dir);
  const models: ModelFacts[] = [];
  for (const id of recordedIds(dir)) {
    const gathered = await gatherHuggingFaceFacts(id, fetcher);
    if (gathered.status === 'ok') models.push(gathered.facts);
  }
  const medians: number[] = [];
  for (const facts of models) {
    for (let i = 0; i < 50; i++) assess(facts, DEFAULT_SETTINGS); // warm up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      assess(facts, DEFAULT_SETTINGS);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    medians.push(median(times));
    if (print)
      console.log(
        `${facts.id.padEnd(48)} ${median(times).toFixed(1).padStart(8)} µs  (lineage ${facts.lineage.length})`,
      );
  }
  if (print)
    console.log(`\n${models.length} models, ${runs} runs each: median of medians ${median(medians).toFixed(1)} µs`);
  return Math.round(median(medians) * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void medianAssessMicros(path.resolve(flag('--snapshot', 'tests/fixtures/hub')), Number(flag('--runs', '500')), true);
}
