// @vitest-environment happy-dom
/** The two definitions not chosen, one line each. */
import { describe, expect, it } from 'vitest';
import { OtherDefinitions } from '@/components/OtherDefinitions';
import { byTestId, llamaFacts, mount, run, textOf } from './helpers';
import { openModel } from '../openness/builder';

describe('other definitions', () => {
  it('gives open weights with its caveats and MOF with why it is not classified', () => {
    const root = mount(<OtherDefinitions assessment={run(llamaFacts())} shown={['mof', 'open-weights']} />);
    expect(textOf(byTestId(root, 'ol-def-open-weights'))).toBe(
      'Open weights: yes, with caveats: User cap, Use restrictions, Naming duty',
    );
    expect(textOf(byTestId(root, 'ol-def-mof'))).toBe(
      'MOF: not classified — Class III needs architecture, weights, technical report, evaluation results, model card, data card released under open licenses',
    );
    expect(byTestId(root, 'ol-def-osaid')).toBeNull();
  });

  it('turns open weights into not open weights when caps disqualify', () => {
    const root = mount(
      <OtherDefinitions assessment={run(llamaFacts(), { openWeightsCaps: true })} shown={['open-weights']} />,
    );
    expect(textOf(byTestId(root, 'ol-def-open-weights'))).toMatch(/^Open weights: no — /);
  });

  it('links each definition to its section of the method page', () => {
    const root = mount(
      <OtherDefinitions
        assessment={run(openModel())}
        shown={['mof', 'open-weights']}
        methodLink={(anchor) => `chrome-extension://x/method.html#${anchor}`}
      />,
    );
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['chrome-extension://x/method.html#mof', 'chrome-extension://x/method.html#open-weights']);
  });
});
