/**
 * Our verdict beside the experts' (docs/EXPERTS.md): which component decides a difference between our MOF class and
 * the MOT's, which components the MOT's curators count that the hub's metadata does not show us, and our findings
 * on the Index's dimensions where the metadata lets us say something. Pure; used by the background, the command line
 * and the agreement report.
 */
import type { Assessment } from '../schema/assessment';
import type { ComponentId } from '../schema/vocabulary';
import type {
  AssessmentExperts,
  ExpertSnapshot,
  MotDifference,
  MotEntry,
  OsaiDifference,
  OsaiDimension,
  OsaiEntry,
  OsaiGrade,
  OurGrade,
} from '../schema/experts';
import { OSAI_DIMENSIONS } from '../schema/experts';
import { MOF_CLASS_COMPONENTS } from '../openness/definitions/mof';
import { findEntry } from '../openness/license-lookup';

type OurReading = MotDifference['ours'];
type TheirStatus = MotDifference['theirs'];

/** How open a class is: unclassified < III < II < I. */
const RANK = { 0: 0, 3: 1, 2: 2, 1: 3 } as const;

/** The components a class requires, with every less demanding class's. */
const required = (cls: 1 | 2 | 3): ComponentId[] =>
  ([3, 2, 1] as const).filter((level) => level >= cls).flatMap((level) => MOF_CLASS_COMPONENTS[level]);

/** Our reading of a component, as the MOF counts it. */
function ourReading(assessment: Assessment, id: ComponentId): { reading: OurReading; license?: string } {
  const component = assessment.components[id];
  if (component.status !== 'present') return { reading: component.status };
  const license = component.license ?? undefined;
  const entry = findEntry(license);
  if (entry?.mofOpen) return { reading: 'included', ...(license ? { license } : {}) };
  if (entry || (license && license !== 'other')) return { reading: 'not-open', ...(license ? { license } : {}) };
  return { reading: 'unknown' };
}

/** What the MOT's record says of a component; the research paper stands in for the technical report. */
function theirStatus(entry: MotEntry, id: ComponentId): { status: TheirStatus; license?: string } {
  if (id === 'technical-report' && entry.included.includes('research-paper')) return { status: 'included' };
  const invalid = entry.invalid.find((item) => item.component === id);
  if (invalid) return { status: 'invalid', license: invalid.license };
  if (entry.included.includes(id)) return { status: 'included' };
  if (entry.unlicensed.includes(id)) return { status: 'unlicensed' };
  return { status: 'missing' };
}

export function motDifference(assessment: Assessment, entry: MotEntry): MotDifference | undefined {
  const ours = assessment.verdicts.mof.class ?? 0;
  if (ours === entry.class) return undefined;
  const theirsHigher = RANK[entry.class] > RANK[ours];
  const cls = (theirsHigher ? entry.class : ours) as 1 | 2 | 3;
  for (const id of required(cls)) {
    const mine = ourReading(assessment, id);
    const theirs = theirStatus(entry, id);
    const mineIn = mine.reading === 'included';
    const theirsIn = theirs.status === 'included';
    if (mineIn === theirsIn || theirsIn !== theirsHigher) continue;
    return {
      component: id,
      ours: mine.reading,
      ...(mine.reading === 'not-open' && mine.license ? { ourLicense: mine.license } : {}),
      theirs: theirs.status,
      ...(theirs.license ? { theirLicense: theirs.license } : {}),
    };
  }
  return undefined;
}

/** Components the MOT's record counts that we read as unknown: what the hub's metadata does not show. */
export const motUnread = (assessment: Assessment, entry: MotEntry): ComponentId[] =>
  entry.included.filter((id) => assessment.components[id].status === 'unknown');

const presence = (status: string, present: OurGrade): OurGrade =>
  status === 'present' ? present : status === 'partial' ? 'partial' : status === 'missing' ? 'closed' : 'unknown';

/**
 * Our findings on the Index's dimensions, where the hub's metadata can say something: released data, weights and
 * code, the card, the data card, the paper (a preprint: we cannot tell a peer-reviewed one) and the license. Where
 * we see a document but cannot judge its depth, we say only that it is not closed. The base model's dimensions are
 * ours only for a model that has no base, but for the base's data gap the derivative carries.
 */
export function ourOsaiGrades(assessment: Assessment): Partial<Record<OsaiDimension, OurGrade>> {
  const c = assessment.components;
  const openWeights = assessment.verdicts['open-weights'].open;
  const weights: OurGrade =
    c.weights.status === 'present'
      ? openWeights === true
        ? 'open'
        : openWeights === false
          ? 'not-open'
          : 'not-closed'
      : presence(c.weights.status, 'not-closed');
  const data = presence(c['training-data'].status, 'open');
  // A derivative's data is partly released when its own data is out and its base's is not (docs/METHOD.md, Lineage).
  const inherited = c['training-data'].reason?.code === 'inherited-gap';
  const ownData: OurGrade = inherited ? (c['training-data'].status === 'partial' ? 'open' : 'unknown') : data;
  const osi = assessment.license.osiApproved;
  const grades: Partial<Record<OsaiDimension, OurGrade>> = {
    datasources_endmodel: ownData,
    weights_endmodel: weights,
    trainingcode: presence(c['training-code'].status, 'not-closed'),
    preprint: presence(c['research-paper'].status, 'not-closed'),
    modelcard: presence(c['model-card'].status, 'not-closed'),
    datasheet: presence(c['data-card'].status, 'not-closed'),
    licenses: osi === true ? 'open' : osi === false ? 'not-open' : 'unknown',
  };
  if (assessment.lineage.length === 0) {
    grades.datasources_basemodel = data;
    grades.weights_basemodel = weights;
  } else if (inherited) grades.datasources_basemodel = 'closed';
  return grades;
}

/** Whether our finding and the Index's grade say the same thing (unknown says nothing). */
export function osaiAgrees(ours: OurGrade, theirs: OsaiGrade): boolean | null {
  if (ours === 'unknown') return null;
  if (ours === 'not-open') return theirs !== 'open';
  if (ours === 'not-closed') return theirs !== 'closed';
  return ours === theirs;
}

export function osaiDifferences(assessment: Assessment, entry: OsaiEntry): OsaiDifference[] {
  const ours = ourOsaiGrades(assessment);
  return OSAI_DIMENSIONS.flatMap((dimension) => {
    const mine = ours[dimension];
    const theirs = entry.grades[dimension];
    if (!mine || !theirs || osaiAgrees(mine, theirs) !== false) return [];
    return [{ dimension, ours: mine, theirs }];
  });
}

/** The snapshot's records of a Hugging Face model (ids compare case-insensitively). */
export function expertRecords(
  snapshot: ExpertSnapshot,
  hub: Assessment['hub'],
  id: string,
): { mot?: MotEntry; osai?: OsaiEntry } {
  if (hub !== 'huggingface') return {};
  const key = id.toLowerCase();
  const own = (record: object) => Object.prototype.hasOwnProperty.call(record, key);
  return {
    ...(own(snapshot.mot) ? { mot: snapshot.mot[key]! } : {}),
    ...(own(snapshot.osai) ? { osai: snapshot.osai[key]! } : {}),
  };
}

/** The Assessment with the experts' verdicts on its model; unchanged when no expert has a record of it. */
export function withExperts(assessment: Assessment, snapshot: ExpertSnapshot): Assessment {
  const { mot, osai } = expertRecords(snapshot, assessment.hub, assessment.id);
  if (!mot && !osai) return assessment;
  const experts: AssessmentExperts = {};
  if (mot) {
    const difference = motDifference(assessment, mot);
    experts.mot = {
      name: mot.name,
      class: mot.class,
      recordDate: mot.date,
      url: mot.url,
      ...(difference ? { difference } : {}),
      unread: motUnread(assessment, mot),
    };
  }
  if (osai) {
    experts.osai = {
      name: osai.name,
      grades: osai.grades,
      mean: osai.mean,
      databaseDate: snapshot.sources.osai.commitDate,
      url: osai.url,
      differences: osaiDifferences(assessment, osai),
    };
  }
  return { ...assessment, experts };
}
