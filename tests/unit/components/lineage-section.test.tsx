// @vitest-environment happy-dom
/** Lineage: each base with its license and what it passes down, and the looser-than-base warning. */
import { describe, expect, it } from 'vitest';
import { LineageSection } from '@/components/LineageSection';
import { groupWarnings } from '@/lib/ui/warning-groups';
import { allByTestId, apacheFinetune, llamaFacts, mount, run, textOf } from './helpers';

const lineage = (assessment: ReturnType<typeof run>) => (
  <LineageSection assessment={assessment} warnings={groupWarnings(assessment.warnings).lineage} />
);

describe('lineage section', () => {
  it('shows each base with its license, the clauses it passes down and what it does not release', () => {
    const root = mount(lineage(run(apacheFinetune())));
    const [llama] = allByTestId(root, 'ol-lineage-entry');
    const text = textOf(llama);
    expect(text).toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(text).toContain('base of example-org/llama-finetune, which is fine-tuned from it');
    expect(text).toContain('license llama3.1');
    expect(text).toContain('passes down: User cap, Use restrictions, Naming duty');
    expect(text).toContain('does not release: ');
    expect(text).toContain('training data');
  });

  it('warns when the derivative claims a looser license than its base', () => {
    const root = mount(lineage(run(apacheFinetune())));
    const warnings = allByTestId(root, 'ol-warning').map(textOf);
    expect(
      warnings.some((w) =>
        w.includes('Its license (apache-2.0) lacks terms its base meta-llama/Llama-3.1-8B-Instruct carries'),
      ),
    ).toBe(true);
  });

  it('says why a base could not be looked up', () => {
    const root = mount(lineage(run(apacheFinetune())));
    const gone = allByTestId(root, 'ol-lineage-entry').find((el) => el.getAttribute('data-status') === 'unresolved');
    expect(textOf(gone)).toContain('The base model example-org/deleted-base does not exist on the hub.');
  });

  it('is left out for a model with no base', () => {
    const root = mount(lineage(run(llamaFacts())));
    expect(root.querySelector('section')).toBeNull();
  });
});
