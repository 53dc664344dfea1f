/**
 * Builds the expert snapshot (lib/schema/experts.ts) from the experts' records: pure, so the update script
 * (`scripts/experts-update.ts`) only reads files and the tests can feed it records of their own.
 *
 * A record is mapped to a model only through the ids its own fields name (lib/experts/records.ts). Two guards keep
 * a record off a model it does not describe:
 * - a record whose name gives a size (7B, 220M, 8x7B) that the id's name contradicts is not that model's record
 *   (copied links: CodeGemma-2B's record names codegemma-7b);
 * - when several records of one source name the same id, only one whose name is the id's own name is kept; if none
 *   is, the id gets no record of that source.
 * Every id left out is reported with the reason.
 */
import type { ComponentId } from '../schema/vocabulary';
import { OSAI_DIMENSIONS, type ExpertSnapshot, type MotEntry, type OsaiEntry, type OsaiGrade } from '../schema/experts';
import { classifyMotRelease, MOT_COMPONENTS } from './mot';
import { isOsaiGrade, motModelIds, osaiModelIds, type MotRecord, type OsaiRecord } from './records';

export interface SourceInfo {
  name: string;
  repo: string;
  commit: string;
  commitDate: string;
  license: string;
  attribution: string;
  url: string;
}

export interface SnapshotInput {
  mot: { source: SourceInfo; records: { file: string; record: MotRecord }[]; openLicenses: ReadonlySet<string> };
  osai: { source: SourceInfo & { citation: string }; records: { file: string; record: OsaiRecord }[] };
}

export interface SnapshotResult {
  snapshot: ExpertSnapshot;
  /** Ids named by a record but left out, with why. */
  skipped: string[];
}

/** MOT site pages exist only for records the site still publishes: dated 2025 or later (scripts/hide-models.php). */
const MOT_SITE_FROM = '2025-01-01';
/** A license value that says the component is not there ("Component not included", "Component not include"). */
const NOT_INCLUDED = /\bnot\s+include/i;
const MOT_SITE = 'https://mot.isitopen.ai/model/';
const OSAI_SITE = 'https://osai-index.eu/model/';

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/[^a-z0-9]/g, '');
const SIZE = /(?:^|[^a-z0-9.])((?:\d+x)?\d+(?:\.\d+)?[bm])(?=$|[^a-z0-9])/g;
const sizes = (name: string) => new Set([...name.toLowerCase().replace(/_/g, '-').matchAll(SIZE)].map((m) => m[1]!));
const repoName = (id: string) => id.slice(id.indexOf('/') + 1);

function sizeContradicts(recordName: string, id: string): boolean {
  const ours = sizes(recordName);
  const theirs = sizes(repoName(id));
  return ours.size > 0 && theirs.size > 0 && ![...ours].some((size) => theirs.has(size));
}

/** One record per id: the guards above, applied to (id, record) candidates. */
function assign<T extends { file: string; name: string; date: string; verdict: string }>(
  source: string,
  candidates: { id: string; item: T }[],
  skipped: string[],
): Map<string, { id: string; item: T }> {
  const byId = new Map<string, { id: string; item: T }[]>();
  for (const candidate of candidates) {
    if (sizeContradicts(candidate.item.name, candidate.id)) {
      skipped.push(`${source} ${candidate.item.file}: names ${candidate.id}, whose size its name contradicts`);
      continue;
    }
    const key = candidate.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), candidate]);
  }
  const out = new Map<string, { id: string; item: T }>();
  for (const [key, list] of byId) {
    if (list.length === 1) {
      out.set(key, list[0]!);
      continue;
    }
    const files = list.map(({ item }) => item.file).join(', ');
    const own = list.filter(({ id, item }) => normalise(item.name) === normalise(repoName(id)));
    // Namesakes (the MOT has three pairs): the latest record, or the first of equally recent ones that agree.
    const latest = own.filter(({ item }) => own.every((other) => other.item.date <= item.date));
    const kept = latest.length > 0 && latest.every(({ item }) => item.verdict === latest[0]!.item.verdict);
    if (kept) {
      out.set(key, latest[0]!);
      const why = own.length === 1 ? "whose name is the id's" : 'the latest of the records by that name';
      skipped.push(`${source} ${key}: named by ${files}; kept ${latest[0]!.item.file}, ${why}`);
    } else skipped.push(`${source} ${key}: named by ${files}, none by its own name alone; left out`);
  }
  return out;
}

const githubFile = (repo: string, commit: string, file: string) =>
  `https://github.com/${repo}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}`;

export function buildSnapshot(input: SnapshotInput): SnapshotResult {
  const skipped: string[] = [];
  const { mot, osai } = input;

  // MOT: the class the MOT computes from each record.
  const nameCount = new Map<string, number>();
  for (const { record } of mot.records)
    nameCount.set(record.release.name, (nameCount.get(record.release.name) ?? 0) + 1);
  const motItems = mot.records.map(({ file, record }) => {
    const result = classifyMotRelease(
      {
        license: record.release.license ?? null,
        components: (record.release.components ?? []).map((c) => ({ name: c.name, license: c.license ?? null })),
      },
      mot.openLicenses,
    );
    const date = record.release.date ?? '';
    const by = (status: string) =>
      MOT_COMPONENTS.filter((c) => result.components[c.id]?.status === status).map((c) => c.id as ComponentId);
    // The site's page, where the site still shows this record and no other record shares its name (the site's
    // sync matches records by name, so one of two namesakes overwrites the other); else the file itself.
    const onSite = date >= MOT_SITE_FROM && nameCount.get(record.release.name) === 1;
    const entry: MotEntry = {
      name: record.release.name,
      date,
      class: result.class,
      included: by('included'),
      unlicensed: by('unlicensed'),
      invalid: MOT_COMPONENTS.flatMap((c) => {
        const { status, license = '' } = result.components[c.id] ?? {};
        // "Component not included" typed as a license means the component is not there (mot/NOTES.md).
        return status === 'invalid' && !NOT_INCLUDED.test(license) ? [{ component: c.id as ComponentId, license }] : [];
      }),
      url: onSite
        ? MOT_SITE + encodeURIComponent(record.release.name)
        : githubFile(mot.source.repo, mot.source.commit, file),
    };
    return { file, name: record.release.name, date, verdict: String(entry.class), entry, ids: motModelIds(record) };
  });
  const motIds = assign(
    'mot',
    motItems.flatMap((item) => item.ids.map((id) => ({ id, item }))),
    skipped,
  );

  // The Index: the grades per dimension and their mean.
  const osaiItems = osai.records.map(({ file, record }) => {
    const grades: Partial<Record<(typeof OSAI_DIMENSIONS)[number], OsaiGrade>> = {};
    for (const dimension of OSAI_DIMENSIONS) {
      const grade = (record as Record<string, { class?: unknown } | null | undefined>)[dimension]?.class;
      if (isOsaiGrade(grade)) grades[dimension] = grade;
    }
    const values = Object.values(grades).map((g) => ({ open: 1, partial: 0.5, closed: 0 })[g]);
    const mean = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000 : 0;
    const base = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const entry: OsaiEntry = { name: record.system.name, grades, mean, url: OSAI_SITE + encodeURIComponent(base) };
    const ids = values.length ? osaiModelIds(record) : [];
    return { file, name: record.system.name, date: '', verdict: JSON.stringify(grades), entry, ids };
  });
  const osaiIds = assign(
    'osai',
    osaiItems.flatMap((item) => item.ids.map((id) => ({ id, item }))),
    skipped,
  );

  const sorted = <T>(map: Map<string, { item: { entry: T } }>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.item.entry]));
  return {
    snapshot: {
      sources: { mot: mot.source, osai: osai.source },
      mot: sorted(motIds),
      osai: sorted(osaiIds),
    },
    skipped,
  };
}
