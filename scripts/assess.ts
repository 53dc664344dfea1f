/**
 * Command line (README, "Command line"):
 *   npm run -s assess -- [--snapshot <dir>] [--policy osaid|mof|open-weights] [--json] <model-url-or-hf-id>
 * The URL may be a model page of any supported hub (lib/hubs/registry.ts); a bare id is a Hugging Face id.
 * Exit codes: 0 assessed, 1 hub error (network, 5xx, private), 2 bad arguments, 3 not found.
 * Without --snapshot it asks the live hub through the global fetch. Hub text is stripped of control characters
 * (ANSI escapes, bidi overrides) before it reaches the terminal.
 */
import { pathToFileURL } from 'node:url';
import type { Fetcher } from '../lib/hubs/fetcher';
import type { HubAdapter } from '../lib/hubs/adapter';
import { normaliseModelId } from '../lib/hubs/huggingface/gather';
import { adapterFor, adapterForUrl } from '../lib/hubs/adapters';
import {
  clauseLabel,
  clauseMeaning,
  componentLabel,
  definitionLabel,
  message,
  openLabel,
  purposeLabel,
  statusLabel,
  tierLabel,
} from '../lib/catalogue';
import { assess } from '../lib/openness';
import { withExperts } from '../lib/experts/compare';
import { EXPERT_SNAPSHOT } from '../lib/experts/snapshot';
import { expertLines } from '../lib/ui/expert-lines';
import type { Assessment, ComponentAssessment } from '../lib/schema/assessment';
import type { Evidence } from '../lib/schema/model-facts';
import { DEFINITIONS, PURPOSE_IDS, PURPOSES, type Definition } from '../lib/schema/vocabulary';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { recordedHubFetcher } from './recorded-hub';

export const EXIT = { ok: 0, hubError: 1, badArguments: 2, notFound: 3 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The live hub; tests replace it. */
  fetch?: typeof fetch;
}

const USAGE =
  'usage: npm run -s assess -- [--snapshot <dir>] [--policy osaid|mof|open-weights] [--json] <model-url-or-hf-id>';

interface Options {
  snapshot?: string;
  policy: Definition;
  json: boolean;
  target: string;
}

export function parseArgs(argv: readonly string[]): Options | string {
  let snapshot: string | undefined;
  let policy: Definition = DEFAULT_SETTINGS.policy;
  let json = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--snapshot' || arg === '--policy') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--snapshot') snapshot = value;
      else if ((DEFINITIONS as readonly string[]).includes(value)) policy = value as Definition;
      else return `unknown policy "${value}" (osaid, mof or open-weights)`;
    } else if (arg.startsWith('--snapshot=')) snapshot = arg.slice('--snapshot='.length);
    else if (arg.startsWith('--policy=')) {
      const value = arg.slice('--policy='.length);
      if (!(DEFINITIONS as readonly string[]).includes(value)) return `unknown policy "${value}"`;
      policy = value as Definition;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else targets.push(arg);
  }
  if (targets.length !== 1) return targets.length === 0 ? 'no model given' : 'give one model';
  return snapshot === undefined
    ? { policy, json, target: targets[0]! }
    : { snapshot, policy, json, target: targets[0]! };
}

/** Accepts a model page URL of any supported hub, and Hugging Face ids (`org/name`, `gpt2`). */
export function modelFrom(target: string): { adapter: HubAdapter; id: string } | null {
  const trimmed = target.trim();
  if (/^https?:\/\//i.test(trimmed)) return adapterForUrl(trimmed);
  const id = normaliseModelId(trimmed);
  return id === null ? null : { adapter: adapterFor('huggingface'), id };
}

/** The model id a target names (kept for callers that only need the id). */
export const modelIdFrom = (target: string): string | null => modelFrom(target)?.id ?? null;

// C0 and C1 controls (but tab and newline), ANSI CSI/OSC sequences, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Hub text made safe for a terminal. */
export function clean(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '');
}
const oneLine = (text: string) => clean(text).replace(/[\t\n]+/g, ' ');

function liveFetcher(fetchImpl: typeof fetch): Fetcher {
  return async (url, init) => {
    const response = await fetchImpl(url, {
      redirect: 'manual',
      headers: { accept: init?.accept === 'json' ? 'application/json' : 'text/plain, text/html;q=0.9, */*;q=0.5' },
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
    return { status: response.status, headers, body: await response.text() };
  };
}

function evidenceText(item: Evidence): string {
  const quote = item.quote ? ` “${oneLine(item.quote)}”` : '';
  const url = item.url && /^https?:\/\//i.test(item.url) ? ` <${oneLine(item.url)}>` : '';
  return `${item.kind} ${oneLine(item.detail)}${quote}${url}`;
}

function componentLine(id: Parameters<typeof componentLabel>[0], component: ComponentAssessment): string[] {
  const license =
    component.license === undefined
      ? ''
      : ` [license: ${component.license === null ? 'unknown' : oneLine(component.license)}${component.licenseAssumed ? ', assumed' : ''}]`;
  const lines = [`    ${componentLabel(id)}: ${statusLabel(component.status)}${license}`];
  if (component.reason) lines.push(`      ${oneLine(message(component.reason))}`);
  const shown = component.evidence.slice(0, 4);
  for (const item of shown) lines.push(`      · ${evidenceText(item)}`);
  if (component.evidence.length > shown.length)
    lines.push(`      · … ${component.evidence.length - shown.length} more`);
  return lines;
}

export function summary(result: Assessment): string {
  const out: string[] = [];
  out.push(`${oneLine(result.id)} (${result.hub})`, oneLine(result.url), '');
  out.push(`Release tier: ${tierLabel(result.tier)} — ${oneLine(message(result.tierReason))}`, '');

  out.push(`Verdicts (leading with ${definitionLabel(result.policy)})`);
  const order = [result.policy, ...DEFINITIONS.filter((d) => d !== result.policy)];
  for (const definition of order) {
    if (definition === 'mof') {
      const mof = result.verdicts.mof;
      const pct = (n: number) => `${Math.round(n * 100)}%`;
      const cls = mof.class === null ? 'no class' : `Class ${['', 'I', 'II', 'III'][mof.class]}`;
      out.push(
        `  MOF: ${cls} (progress III ${pct(mof.progress['3'])}, II ${pct(mof.progress['2'])}, I ${pct(mof.progress['1'])})`,
      );
      for (const why of mof.reasons.slice(1)) out.push(`    - ${oneLine(message(why))}`);
      for (const warning of mof.warnings) out.push(`    ! ${oneLine(message(warning))}`);
    } else {
      const verdict = result.verdicts[definition];
      out.push(`  ${definitionLabel(definition)}: ${openLabel(verdict.open)}`);
      for (const why of verdict.reasons) out.push(`    - ${oneLine(message(why))}`);
      if (verdict.caveats.length > 0) out.push(`    caveats: ${verdict.caveats.map((c) => clauseLabel(c)).join(', ')}`);
    }
  }
  out.push('');

  const license = result.license;
  const osi =
    license.osiApproved === null ? 'none declared' : license.osiApproved ? 'OSI-approved' : 'not OSI-approved';
  out.push(`License: ${license.ids.map(oneLine).join(', ') || 'none'} (${osi})`);
  for (const entry of license.entries) {
    const inherited = entry.inheritedFrom ? `, inherited from its base model ${oneLine(entry.inheritedFrom)}` : '';
    out.push(
      `  ${oneLine(entry.id)}: ${oneLine(entry.name)}${entry.known ? '' : ' (not in the knowledge base)'}${inherited}`,
    );
    if (entry.summary) out.push(`    ${oneLine(entry.summary)}`);
  }
  if (license.clauses.length > 0) out.push('  Clauses:');
  for (const clause of license.clauses) {
    const source =
      clause.source === 'base-model' ? `from base ${oneLine(clause.from ?? '?')}` : clause.source.replace('-', ' ');
    const quote = clause.quote ? ` “${oneLine(clause.quote)}”` : '';
    const when = clause.when ? ` (${clause.when} models only)` : '';
    out.push(`    - ${clauseLabel(clause.id)}${when}: ${clauseMeaning(clause.id)} [${source}]${quote}`);
    if (clause.unclear) out.push(`      unclear: ${oneLine(message(clause.unclear))}`);
  }
  out.push('');

  out.push(`Components (${result.replication.present} of 7 replication components released)`);
  for (const purpose of PURPOSE_IDS) {
    out.push(`  ${purposeLabel(purpose)}`);
    for (const id of PURPOSES[purpose]) out.push(...componentLine(id, result.components[id]));
  }
  out.push('');

  if (result.lineage.length > 0) {
    out.push('Lineage');
    for (const entry of result.lineage) {
      const indent = '  '.repeat(entry.depth);
      const clauses =
        entry.clauses.length > 0 ? `; clauses: ${entry.clauses.map((c) => clauseLabel(c)).join(', ')}` : '';
      const gaps =
        entry.gaps.length > 0 ? `; not released: ${entry.gaps.map((g) => componentLabel(g)).join(', ')}` : '';
      out.push(
        `${indent}${oneLine(entry.id)} (${entry.relation}, ${entry.status}; license ${entry.license.ids.map(oneLine).join(', ') || 'unknown'}${clauses}${gaps})`,
      );
      if (entry.reason) out.push(`${indent}  ${oneLine(message(entry.reason))}`);
    }
    out.push('');
  }
  if (result.warnings.length > 0) {
    out.push('Warnings');
    for (const warning of result.warnings) out.push(`  ! ${oneLine(message(warning))}`);
    out.push('');
  }
  const experts = expertLines(result);
  if (experts.mot || experts.osai) {
    out.push('What the experts say');
    if (experts.mot && result.experts?.mot) {
      out.push(`  ${oneLine(experts.mot.verdict)} <${oneLine(result.experts.mot.url)}>`);
      if (experts.mot.difference) out.push(`    ${oneLine(experts.mot.difference)}`);
      if (experts.mot.unread) out.push(`    ${oneLine(experts.mot.unread)}`);
    }
    if (experts.osai && result.experts?.osai) {
      out.push(`  ${oneLine(experts.osai.verdict)}, ${experts.osai.counts} <${oneLine(result.experts.osai.url)}>`);
      for (const line of experts.osai.differences) out.push(`    ${oneLine(line)}`);
    }
    out.push('');
  }
  out.push(`engine ${result.engineVersion}, knowledge base ${result.knowledgeBaseVersion}`);
  return out.join('\n') + '\n';
}

/** JSON with bidi and other invisible controls escaped, so a terminal shows them as \uXXXX. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr(`${options}\n${USAGE}\n`);
    return EXIT.badArguments;
  }
  const model = modelFrom(options.target);
  if (model === null) {
    io.stderr(`not a model page URL of a supported hub, nor a Hugging Face id: ${oneLine(options.target)}\n${USAGE}\n`);
    return EXIT.badArguments;
  }
  const { adapter, id } = model;
  const fetcher = options.snapshot
    ? recordedHubFetcher(options.snapshot)
    : liveFetcher(io.fetch ?? globalThis.fetch.bind(globalThis));
  const gathered = await adapter.gather(id, fetcher);
  if (gathered.status !== 'ok') {
    io.stderr(`${oneLine(id)}: ${gathered.status} (${oneLine(message(gathered.reason))})\n`);
    if (gathered.status === 'not-found') return EXIT.notFound;
    if (gathered.reason.code === 'bad-model-id') return EXIT.badArguments;
    return EXIT.hubError;
  }
  const result = withExperts(
    assess(gathered.facts, { policy: options.policy, toggles: DEFAULT_SETTINGS.toggles }),
    EXPERT_SNAPSHOT,
  );
  io.stdout(options.json ? `${safeJson(result)}\n` : summary(result));
  return EXIT.ok;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`unexpected error: ${clean(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = EXIT.hubError;
    },
  );
}
