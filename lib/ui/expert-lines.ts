/**
 * The experts' verdicts on an assessed model as sentences from the catalogue, shared by the breakdown, "Copy as
 * Markdown" and the command line, so all three say the same. Decides nothing: the comparison is in the Assessment.
 */
import type { Assessment } from '../schema/assessment';
import { OSAI_DIMENSIONS } from '../schema/experts-vocabulary';
import { componentLabel, listText } from '../catalogue';
import { breakdownText } from '../catalogue/breakdown';

const ROMAN = { 1: 'I', 2: 'II', 3: 'III' } as const;

export interface ExpertLines {
  mot?: { verdict: string; difference?: string; unread?: string };
  osai?: { verdict: string; counts: string; differences: string[] };
}

export function expertLines(assessment: Assessment): ExpertLines {
  const experts = assessment.experts;
  if (!experts) return {};
  const t = breakdownText().experts;
  const out: ExpertLines = {};
  if (experts.mot) {
    const mot = experts.mot;
    const theirs = t.motClass(mot.class === 0 ? null : ROMAN[mot.class]);
    const ourClass = assessment.verdicts.mof.class;
    const ours = t.motClass(ourClass === null ? null : ROMAN[ourClass]);
    const d = mot.difference;
    let difference: string | undefined;
    if (d) {
      const detail =
        d.ours === 'included' || d.ours === 'present'
          ? d.theirs === 'included'
            ? ''
            : t.theirsLacks[d.theirs](d.theirLicense ?? '')
          : t.oursLacks[d.ours](d.ourLicense ?? '');
      if (detail) difference = t.motDiffers(ours, theirs, componentLabel(d.component), detail);
    }
    const unread = listText(mot.unread.map((id) => componentLabel(id).toLowerCase()));
    out.mot = {
      verdict: t.mot(theirs, mot.recordDate),
      ...(difference ? { difference } : {}),
      ...(unread ? { unread: t.unread(unread) } : {}),
    };
  }
  if (experts.osai) {
    const osai = experts.osai;
    const grades = OSAI_DIMENSIONS.map((d) => osai.grades[d]).filter((g) => g !== undefined);
    const count = (grade: string) => grades.filter((g) => g === grade).length;
    out.osai = {
      verdict: t.osai(osai.mean, osai.databaseDate),
      counts: t.osaiCounts(count('open'), count('partial'), count('closed')),
      differences: osai.differences.flatMap((d) =>
        d.ours === 'unknown' ? [] : [t.osaiDiffers(t.dimensions[d.dimension], t.ourGrades[d.ours], t.grades[d.theirs])],
      ),
    };
  }
  return out;
}
