/**
 * The agreement report (`npm run -s eval -- --experts DIR [--cards DIR]`): our MOF class against the Model Openness
 * Tool's, and our findings against the European Open Source AI Index's grades per dimension, for every model the
 * recorded hub (tests/fixtures/hub) and the model-card corpus let us assess and the experts cover. Prints the counts,
 * the agreements and the reason for each disagreement. A report, not a target: it fails nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { huggingface } from '../../lib/hubs/huggingface/adapter';
import { withExperts, expertRecords, ourOsaiGrades, osaiAgrees } from '../../lib/experts/compare';
import { assess } from '../../lib/openness';
import type { Assessment } from '../../lib/schema/assessment';
import { OSAI_DIMENSIONS, type ExpertSnapshot } from '../../lib/schema/experts';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { expertLines } from '../../lib/ui/expert-lines';
import { recordedHubFetcher } from '../recorded-hub';
import { loadExpertDir } from '../experts-update';
import { cardFetcher } from './cards';

const HUB = 'tests/fixtures/hub';
const ROMAN = ['unclassified', 'Class I', 'Class II', 'Class III'];

/** The Hugging Face model ids the recorded hub holds a record of. */
function recordedIds(root = path.join(HUB, 'huggingface.co/api/models')): string[] {
  const walk = (dir: string, prefix: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full, `${prefix}${name}/`);
      return name.endsWith('.json') && !name.endsWith('.http.json') && name !== 'refs.json'
        ? [`${prefix}${name.slice(0, -'.json'.length)}`]
        : [];
    });
  return existsSync(root) ? walk(root, '') : [];
}

interface Assessed {
  id: string;
  source: 'recorded hub' | 'model card';
  assessment: Assessment;
}

export interface ExpertReport {
  lines: string[];
}

async function assessAll(snapshot: ExpertSnapshot, cardsDir: string | undefined): Promise<Assessed[]> {
  const settings = { policy: DEFAULT_SETTINGS.policy, toggles: DEFAULT_SETTINGS.toggles };
  const out: Assessed[] = [];
  const covered = (id: string) => Object.keys(expertRecords(snapshot, 'huggingface', id)).length > 0;
  const seen = new Set<string>();
  for (const id of recordedIds()) {
    if (!covered(id)) continue;
    const gathered = await huggingface.gather(id, recordedHubFetcher(HUB));
    if (gathered.status !== 'ok') continue;
    seen.add(id.toLowerCase());
    out.push({ id, source: 'recorded hub', assessment: withExperts(assess(gathered.facts, settings), snapshot) });
  }
  if (cardsDir) {
    const sources = JSON.parse(readFileSync(path.join(cardsDir, 'SOURCES.json'), 'utf8')) as {
      file: string;
      hfId: string;
    }[];
    for (const { file, hfId } of sources) {
      if (seen.has(hfId.toLowerCase()) || !covered(hfId)) continue;
      const card = readFileSync(path.join(cardsDir, file), 'utf8');
      const gathered = await huggingface.gather(hfId, cardFetcher(hfId, card));
      if (gathered.status !== 'ok') continue;
      seen.add(hfId.toLowerCase());
      out.push({ id: hfId, source: 'model card', assessment: withExperts(assess(gathered.facts, settings), snapshot) });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export async function evaluateExperts(dir: string, cardsDir: string | undefined): Promise<ExpertReport | string> {
  const loaded = loadExpertDir(dir);
  if (typeof loaded === 'string') return loaded;
  const { snapshot } = loaded;
  const assessed = await assessAll(snapshot, cardsDir);
  const lines: string[] = [];
  const mot = assessed.filter((a) => a.assessment.experts?.mot);
  const osai = assessed.filter((a) => a.assessment.experts?.osai);
  lines.push(
    `Expert verdicts (${assessed.length} models assessed from the recorded hub${cardsDir ? ' and the model cards' : ''} that an expert covers)`,
  );

  // The MOT: class against class.
  const agree = mot.filter((a) => (a.assessment.verdicts.mof.class ?? 0) === a.assessment.experts!.mot!.class);
  lines.push(`  Model Openness Tool: ${mot.length} models, MOF class agrees on ${agree.length}`);
  for (const a of mot) {
    const e = a.assessment.experts!.mot!;
    const ours = a.assessment.verdicts.mof.class ?? 0;
    const same = ours === e.class;
    const text = expertLines(a.assessment).mot;
    const why = same ? '' : ` — ${text?.difference ?? 'no single component decides it (a base model’s license)'}`;
    lines.push(`    ${same ? '=' : '≠'} ${a.id} [${a.source}]: ours ${ROMAN[ours]}, MOT ${ROMAN[e.class]}${why}`);
    if (text?.unread) lines.push(`        ${text.unread}`);
  }

  // The Index: dimension by dimension.
  lines.push(`  European Open Source AI Index: ${osai.length} models`);
  const rows = OSAI_DIMENSIONS.map((dimension) => {
    let compared = 0;
    let agreed = 0;
    let unknown = 0;
    for (const a of osai) {
      const theirs = a.assessment.experts!.osai!.grades[dimension];
      const ours = ourOsaiGrades(a.assessment)[dimension];
      if (!theirs || !ours) continue;
      const verdict = osaiAgrees(ours, theirs);
      if (verdict === null) unknown++;
      else {
        compared++;
        if (verdict) agreed++;
      }
    }
    return { dimension, compared, agreed, unknown };
  });
  let comparedAll = 0;
  let agreedAll = 0;
  for (const r of rows) {
    comparedAll += r.compared;
    agreedAll += r.agreed;
    if (r.compared + r.unknown > 0)
      lines.push(
        `    ${r.dimension}: agree ${r.agreed}/${r.compared}${r.unknown ? `, we cannot tell on ${r.unknown}` : ''}`,
      );
    else lines.push(`    ${r.dimension}: not read from hub metadata`);
  }
  lines.push(`    all dimensions we read: agree ${agreedAll}/${comparedAll}`);
  for (const a of osai) {
    const e = a.assessment.experts!.osai!;
    for (const line of expertLines(a.assessment).osai?.differences ?? [])
      lines.push(`    ≠ ${a.id} [${a.source}] (Index record ${e.name}): ${line}`);
  }
  return { lines };
}
