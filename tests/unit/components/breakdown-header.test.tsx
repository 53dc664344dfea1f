// @vitest-environment happy-dom
/** The breakdown's header, read as a person new to OSAID would: what it is, why not open source, what is missing. */
import { describe, expect, it } from 'vitest';
import { Breakdown } from '@/components/Breakdown';
import { byTestId, llamaFacts, mount, run, textOf } from './helpers';
import { openModel } from '../openness/builder';

const CHECKED = Date.UTC(2025, 0, 15, 12, 0);

describe('breakdown header', () => {
  it('names the model, marks its step on the six-step gradient, and says why in one sentence', () => {
    const root = mount(<Breakdown assessment={run(llamaFacts())} stage="enriched" checkedAt={CHECKED} />);
    expect(textOf(byTestId(root, 'ol-model-id'))).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(byTestId(root, 'ol-model-id')?.querySelector('a')?.getAttribute('href')).toBe(
      'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
    );
    const steps = byTestId(root, 'ol-gradient')!.querySelectorAll('li');
    expect(steps).toHaveLength(6);
    const current = byTestId(root, 'ol-gradient')!.querySelector('[aria-current="step"]');
    expect(textOf(current)).toContain('Downloadable');
    expect(byTestId(root, 'ol-gradient')?.getAttribute('aria-label')).toBe(
      'Release gradient: Downloadable, step 5 of 6',
    );
    expect(textOf(byTestId(root, 'ol-gradient'))).toContain('after an approval step');
  });

  it('gives the verdict with a plain reason, what OSAID asks for, and what is missing to reproduce it', () => {
    const root = mount(<Breakdown assessment={run(llamaFacts())} stage="enriched" checkedAt={CHECKED} />);
    const verdict = textOf(byTestId(root, 'ol-verdict'));
    expect(verdict).toContain('Not open source · OSAID');
    expect(verdict).toContain('The “User cap” clause rules out OSAID');
    expect(verdict).toContain('a separate license must be obtained');
    const more = textOf(byTestId(root, 'ol-verdict-reasons'));
    expect(more).toContain('The weights are under llama3.1, which is not an OSI-approved or open data license.');
    expect(more).toContain('The training data is not released.');
    expect(textOf(byTestId(root, 'ol-definition-meaning'))).toMatch(/^OSAID: The Open Source Initiative’s/);
    const gaps = textOf(byTestId(root, 'ol-replication-gaps'));
    expect(gaps).toMatch(/^To reproduce it, still missing or unconfirmed: /);
    expect(gaps).toContain('Training data');
    expect(gaps).toContain('Training code');
    expect(gaps).not.toContain('Weights');
  });

  it('leads with the chosen definition', () => {
    const root = mount(
      <Breakdown assessment={run(llamaFacts(), {}, 'open-weights')} stage="enriched" checkedAt={CHECKED} />,
    );
    expect(textOf(byTestId(root, 'ol-verdict'))).toMatch(/^Open weights/);
    expect(textOf(byTestId(root, 'ol-definition-meaning'))).toMatch(/^Open weights: /);
  });

  it('says so when everything needed to reproduce it is released', () => {
    const root = mount(<Breakdown assessment={run(openModel())} stage="enriched" checkedAt={CHECKED} />);
    expect(textOf(byTestId(root, 'ol-replication-gaps'))).toBe('Everything needed to reproduce it is released.');
  });

  it('tells while checking, and why a check stopped short', () => {
    const initial = mount(<Breakdown assessment={run(llamaFacts())} stage="initial" checkedAt={CHECKED} />);
    expect(textOf(initial)).toContain('Still checking the file list');
    const stopped = mount(
      <Breakdown
        assessment={run(llamaFacts())}
        stage="enriched"
        problem={{ code: 'rate-limited' }}
        checkedAt={CHECKED}
      />,
    );
    expect(textOf(byTestId(stopped, 'ol-problem'))).toBe(
      'Could not check everything: The hub asked for fewer requests; try again in a minute. Showing what is known.',
    );
  });
});
