// @vitest-environment happy-dom
/**
 * The experts beside our verdict: the MOT's class and the Index's grades, each linked; the component that decides a
 * difference from our MOF class; what the hub's metadata does not show; nothing for a model no expert has a record of.
 * Also in "Copy as Markdown", and kept by the Assessment's schema.
 */
import { describe, expect, it } from 'vitest';
import { ExpertsSection } from '@/components/ExpertsSection';
import { Breakdown } from '@/components/Breakdown';
import { withExperts, osaiAgrees } from '@/lib/experts/compare';
import { markdownReport } from '@/lib/report/markdown';
import { AssessmentSchema } from '@/lib/schema/assessment';
import type { ExpertSnapshot, MotEntry } from '@/lib/schema/experts';
import { EXPERT_SNAPSHOT } from '@/lib/experts/snapshot';
import { files, openModel } from '../openness/builder';
import { byTestId, llamaFacts, mount, run, textOf } from '../components/helpers';

const ALL_CLASS_I: MotEntry['included'] = [
  'architecture',
  'weights',
  'model-card',
  'data-card',
  'evaluation-results',
  'training-code',
  'inference-code',
  'evaluation-code',
  'evaluation-data',
  'training-data',
  'data-preprocessing-code',
  'intermediate-weights',
  'research-paper',
];

function snapshot(mot: Record<string, MotEntry>, osai: ExpertSnapshot['osai'] = {}): ExpertSnapshot {
  return { ...EXPERT_SNAPSHOT, mot, osai };
}
const motEntry = (entry: Partial<MotEntry>): MotEntry => ({
  name: 'Record',
  date: '2024-10-03',
  class: 0,
  included: [],
  unlicensed: [],
  invalid: [],
  url: 'https://mot.isitopen.ai/model/Record',
  ...entry,
});

describe('experts beside our verdict', () => {
  it('shows the MOT class with its record date and the Index verdict, each linked', () => {
    const assessment = withExperts(
      run(llamaFacts()),
      snapshot(
        {
          'meta-llama/llama-3.1-8b-instruct': motEntry({
            class: 0,
            date: '2025-05-26',
            invalid: [{ component: 'weights', license: 'Llama 3.1 Community License Agreement' }],
          }),
        },
        {
          'meta-llama/llama-3.1-8b-instruct': {
            name: 'Llama 3.1',
            grades: { weights_endmodel: 'partial', licenses: 'closed', datasources_endmodel: 'closed' },
            mean: 0.167,
            url: 'https://osai-index.eu/model/llama-3.1',
          },
        },
      ),
    );
    const root = mount(<ExpertsSection assessment={assessment} />);
    const mot = byTestId(root, 'ol-expert-mot')!;
    expect(textOf(mot)).toContain('Model Openness Tool: Unclassified (record of 2025-05-26)');
    expect(mot.querySelector('a')?.getAttribute('href')).toBe('https://mot.isitopen.ai/model/Record');
    const osai = byTestId(root, 'ol-expert-osai')!;
    expect(textOf(osai)).toContain('European Open Source AI Index: 0.17 of 1 (database of 2026-06-12)');
    expect(textOf(osai)).toContain('0 open, 1 partial, 2 closed');
    expect(osai.querySelector('a')?.getAttribute('href')).toBe('https://osai-index.eu/model/llama-3.1');
    expect(textOf(byTestId(root, 'ol-expert-credit'))).toContain('CC BY 4.0');
    expect(textOf(byTestId(root, 'ol-expert-credit'))).toContain('Liesenfeld');
  });

  it('says which component decides a difference, and what the hub metadata does not show', () => {
    const assessment = withExperts(
      run(openModel('org/open', files('config.json', 'model.safetensors'))),
      snapshot({ 'org/open': motEntry({ class: 1, included: ALL_CLASS_I }) }),
    );
    expect(assessment.verdicts.mof.class).not.toBe(1);
    const root = mount(<ExpertsSection assessment={assessment} />);
    const text = textOf(byTestId(root, 'ol-expert-mot'));
    expect(text).toContain('Model Openness Tool: Class I');
    expect(text).toMatch(/and the MOT's \(Class I\) differ on the [a-z -]+: the MOT's record counts it, and /);
    expect(assessment.experts?.mot?.difference?.theirs).toBe('included');
  });

  it("names the MOT's license when it is what keeps the record below our class", () => {
    const assessment = withExperts(
      run(openModel()),
      snapshot({
        'org/open': motEntry({
          class: 0,
          included: ['architecture'],
          invalid: [{ component: 'weights', license: 'Apache 2.0' }],
        }),
      }),
    );
    const difference = assessment.experts?.mot?.difference;
    expect(difference).toEqual({
      component: 'weights',
      ours: 'included',
      theirs: 'invalid',
      theirLicense: 'Apache 2.0',
    });
    const root = mount(<ExpertsSection assessment={assessment} />);
    expect(textOf(byTestId(root, 'ol-expert-mot'))).toContain(
      "differ on the weights: we count it, and the MOT's record gives it the license “Apache 2.0”, which is not open.",
    );
  });

  it('lists components the MOT counts that we read as unknown', () => {
    const assessment = withExperts(
      run(openModel('org/open', files('config.json', 'model.safetensors'))),
      snapshot({ 'org/open': motEntry({ class: 0, included: ['training-code', 'evaluation-code'] }) }),
    );
    const unknown = (['training-code', 'evaluation-code'] as const).filter(
      (id) => assessment.components[id].status === 'unknown',
    );
    expect(assessment.experts?.mot?.unread).toEqual(unknown);
  });

  it('shows nothing for a model no expert has a record of, and never links anything but http(s)', () => {
    const none = withExperts(run(llamaFacts()), snapshot({}));
    expect(none.experts).toBeUndefined();
    expect(mount(<ExpertsSection assessment={none} />).childNodes).toHaveLength(0);
    const hostile = withExperts(
      run(llamaFacts()),
      snapshot({ 'meta-llama/llama-3.1-8b-instruct': motEntry({ url: 'javascript:alert(1)' }) }),
    );
    const root = mount(<ExpertsSection assessment={hostile} />);
    expect(byTestId(root, 'ol-expert-mot')?.querySelector('a')).toBeNull();
  });

  it('is kept by the Assessment schema, in the breakdown and in Copy as Markdown', () => {
    const assessment = withExperts(
      run(llamaFacts()),
      snapshot({ 'meta-llama/llama-3.1-8b-instruct': motEntry({ date: '2025-05-26' }) }),
    );
    expect(AssessmentSchema.parse(assessment).experts?.mot?.recordDate).toBe('2025-05-26');
    const root = mount(<Breakdown assessment={assessment} stage="enriched" checkedAt={0} />);
    expect(textOf(byTestId(root, 'ol-experts'))).toContain('What the experts say');
    const markdown = markdownReport(assessment, 0);
    expect(markdown).toContain(
      '- [Model Openness Tool: Unclassified \\(record of 2025-05-26\\)](https://mot.isitopen.ai/model/Record)',
    );
    expect(markdown).toContain('MIT license');
  });

  it('reads our findings against the Index grades: "not open" agrees with partial and closed', () => {
    expect(osaiAgrees('not-open', 'partial')).toBe(true);
    expect(osaiAgrees('not-open', 'open')).toBe(false);
    expect(osaiAgrees('not-closed', 'partial')).toBe(true);
    expect(osaiAgrees('not-closed', 'closed')).toBe(false);
    expect(osaiAgrees('unknown', 'open')).toBeNull();
  });
});
