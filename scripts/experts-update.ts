/**
 * `npm run experts:update -- DIR [--out DIR]`: rebuilds the committed expert snapshot (docs/EXPERTS.md) from a
 * directory holding the experts' published data:
 *
 *   DIR/SOURCES.json            each source's repository, pinned commit and its date, license
 *   DIR/hf-ids.json             (optional) the Hugging Face ids each record names, to cross-check ours
 *   DIR/mot/LICENSE             the Model Openness Tool's MIT notice
 *   DIR/mot/config/licenses.json, DIR/mot/config/mof-licenses.json   the MOT's license list and its overrides
 *   DIR/mot/models/*.yml        the MOT's records
 *   DIR/osai/*.yaml             the European Open Source AI Index's records (`_*.yml` and the template skipped)
 *   DIR/osai/readme.md          the Index's license statement (its DOI)
 *
 * Writes `snapshot.json` and `mot-open-licenses.json` into lib/experts/ (or --out), and prints what it left out.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import * as z from 'zod/mini';
import { buildSnapshot, type SourceInfo } from '../lib/experts/build';
import { motOpenLicenses } from '../lib/experts/mot';
import { MotRecordSchema, OsaiRecordSchema, motModelIds, osaiModelIds } from '../lib/experts/records';
import { ExpertSnapshotSchema, type ExpertSnapshot } from '../lib/schema/experts';

const OUT = 'lib/experts';
const MOT_REPO = 'lfai/model_openness_tool';
const OSAI_REPO = 'Language-Technology-Assessment/main-database';

const SourcesSchema = z.array(
  z.looseObject({
    name: z.string(),
    repo: z.string(),
    commit: z.string(),
    commitDate: z.string(),
    license: z.string(),
  }),
);
const SpdxListSchema = z.looseObject({
  licenses: z.array(
    z.looseObject({
      licenseId: z.string(),
      isOsiApproved: z.optional(z.boolean()),
      isFsfLibre: z.optional(z.boolean()),
    }),
  ),
});
const HfIdsSchema = z.array(z.looseObject({ source: z.string(), file: z.string(), huggingface: z.array(z.string()) }));

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const readYaml = (file: string): unknown => yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The citation an Index record's header asks for ("… a citation to the peer-reviewed paper …: <citation>"). */
export function citationFrom(header: string): string | undefined {
  const lines = header.split('\n').map((line) => line.replace(/^#\s?/, '').trim());
  return lines.find((line) => /^[A-Z][^,]+, [A-Z]\..*\d{4}\..+\(pp?\. ?[\d-–]+\)\.?$/.test(line));
}

export interface LoadedExperts {
  snapshot: ExpertSnapshot;
  openLicenses: string[];
  /** What was read, and every record or id left out with why. */
  report: string[];
}

/** Reads an expert-data directory into a snapshot; a string says why it cannot. */
export function loadExpertDir(dir: string): LoadedExperts | string {
  const sources = SourcesSchema.parse(readJson(path.join(dir, 'SOURCES.json')));
  const motSource = sources.find((s) => s.repo === MOT_REPO);
  const osaiSource = sources.find((s) => s.repo === OSAI_REPO);
  if (!motSource || !osaiSource) return `SOURCES.json does not name both ${MOT_REPO} and ${OSAI_REPO}`;

  const spdx = SpdxListSchema.parse(readJson(path.join(dir, 'mot/config/licenses.json'))).licenses;
  const overrides = SpdxListSchema.parse(readJson(path.join(dir, 'mot/config/mof-licenses.json'))).licenses;
  const openLicenses = motOpenLicenses(spdx, overrides);

  const problems: string[] = [];
  const motRecords = readdirSync(path.join(dir, 'mot/models'))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .flatMap((name) => {
      const file = `models/${name}`;
      const parsed = MotRecordSchema.safeParse(readYaml(path.join(dir, 'mot/models', name)));
      if (!parsed.success) problems.push(`mot ${file}: not a record (${parsed.error.issues[0]?.message ?? '?'})`);
      return parsed.success ? [{ file, record: parsed.data }] : [];
    });
  let citation: string | undefined;
  const osaiRecords = readdirSync(path.join(dir, 'osai'))
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_') && !name.startsWith('a_submission_template'))
    .sort()
    .flatMap((name) => {
      const text = readFileSync(path.join(dir, 'osai', name), 'utf8');
      citation ??= citationFrom(text.slice(0, text.indexOf('\nsystem:') >>> 0));
      const parsed = OsaiRecordSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
      if (!parsed.success) problems.push(`osai ${name}: not a record (${parsed.error.issues[0]?.message ?? '?'})`);
      return parsed.success ? [{ file: name, record: parsed.data }] : [];
    });
  const readme = readFileSync(path.join(dir, 'osai/readme.md'), 'utf8');
  const doi = /doi:\s*\[?(10\.\d+\/[^\s\])]+)/i.exec(readme)?.[1];
  if (!citation) return 'no Index record names the citation its license asks for';

  const motInfo: SourceInfo = {
    name: 'Model Openness Tool',
    repo: motSource.repo,
    commit: motSource.commit,
    commitDate: motSource.commitDate,
    license: motSource.license,
    attribution: readFileSync(path.join(dir, 'mot/LICENSE'), 'utf8').trim(),
    url: 'https://mot.isitopen.ai/',
  };
  const osaiInfo = {
    name: 'European Open Source AI Index',
    repo: osaiSource.repo,
    commit: osaiSource.commit,
    commitDate: osaiSource.commitDate,
    license: osaiSource.license,
    attribution: `Data from the European Open Source AI Index, https://osai-index.eu/, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Cite: ${citation}${doi ? ` Index files: doi:${doi}.` : ''}`,
    url: 'https://osai-index.eu/',
    citation,
  };
  const { snapshot, skipped } = buildSnapshot({
    mot: { source: motInfo, records: motRecords, openLicenses: new Set(openLicenses) },
    osai: { source: osaiInfo, records: osaiRecords },
  });
  ExpertSnapshotSchema.parse(snapshot);

  // Our ids against the directory's own list, when it has one.
  const idsFile = path.join(dir, 'hf-ids.json');
  if (existsSync(idsFile)) {
    const listed = HfIdsSchema.parse(readJson(idsFile));
    const ours = new Map<string, string[]>([
      ...motRecords.map(({ file, record }) => [`mot/${file}`, motModelIds(record)] as [string, string[]]),
      ...osaiRecords.map(({ file, record }) => [`osai/${file}`, osaiModelIds(record)] as [string, string[]]),
    ]);
    for (const entry of listed) {
      const mine = (ours.get(entry.file) ?? []).map((id) => id.toLowerCase()).sort();
      const theirs = entry.huggingface.map((id) => id.toLowerCase()).sort();
      if (mine.join() !== theirs.join())
        problems.push(`${entry.file}: hf-ids.json names [${theirs.join(', ')}], its fields [${mine.join(', ')}]`);
    }
  }

  const count = (o: object) => Object.keys(o).length;
  const report = [
    `MOT ${motSource.commit.slice(0, 12)} (${motSource.commitDate}): ${motRecords.length} records, ${count(snapshot.mot)} Hugging Face ids`,
    `Index ${osaiSource.commit.slice(0, 12)} (${osaiSource.commitDate}): ${osaiRecords.length} records, ${count(snapshot.osai)} Hugging Face ids`,
    `${openLicenses.length} licenses the MOT counts as open`,
    ...[...problems, ...skipped].map((line) => `  ${line}`),
  ];
  return { snapshot, openLicenses, report };
}

export function run(dir: string, out: string, io: Io): number {
  const loaded = loadExpertDir(dir);
  if (typeof loaded === 'string') {
    io.stderr(`${loaded}\n`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'snapshot.json'), JSON.stringify(loaded.snapshot) + '\n');
  writeFileSync(path.join(out, 'mot-open-licenses.json'), JSON.stringify(loaded.openLicenses, null, 1) + '\n');
  io.stdout(
    [
      ...loaded.report,
      `wrote ${path.join(out, 'snapshot.json')} and ${path.join(out, 'mot-open-licenses.json')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  let out: string | undefined = OUT;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i];
    else dirs.push(args[i]!);
  }
  if (dirs.length !== 1 || !out) {
    process.stderr.write('usage: npm run experts:update -- DIR [--out DIR]\n');
    process.exitCode = 2;
  } else {
    process.exitCode = run(dirs[0]!, out, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  }
}
