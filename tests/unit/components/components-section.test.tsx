// @vitest-environment happy-dom
/** The components, grouped by the three purposes, each with its status in words, license, evidence or reason. */
import { describe, expect, it } from 'vitest';
import { ComponentsSection } from '@/components/ComponentsSection';
import { PURPOSES } from '@/lib/schema/vocabulary';
import { llamaFacts, mount, run, textOf } from './helpers';

describe('components section', () => {
  const root = () => mount(<ComponentsSection assessment={run(llamaFacts())} />);

  it('groups the 17 components under the three purposes, in words', () => {
    const r = root();
    const groups = [...r.querySelectorAll('[data-purpose]')];
    expect(groups.map((g) => textOf(g.querySelector('h4')))).toEqual([
      'Use the model',
      'Analyse its risks',
      'Replicate it',
    ]);
    for (const group of groups) {
      const purpose = group.getAttribute('data-purpose') as keyof typeof PURPOSES;
      const ids = [...group.querySelectorAll('[data-component]')].map((el) => el.getAttribute('data-component'));
      expect(ids).toEqual([...PURPOSES[purpose]]);
    }
    expect(r.querySelectorAll('[data-component]')).toHaveLength(17);
  });

  it('shows each status with an icon and a word, never by colour alone', () => {
    const r = root();
    const weights = r.querySelector('[data-component="weights"]')!;
    expect(textOf(weights.querySelector('.ol-component-status'))).toBe('Released');
    expect(textOf(weights.querySelector('.ol-status-glyph'))).toBe('✓');
    const data = r.querySelector('[data-component="training-data"]')!;
    expect(textOf(data.querySelector('.ol-component-status'))).toBe('Not released');
    expect(textOf(data.querySelector('.ol-status-glyph'))).toBe('✕');
  });

  it('gives the license, the evidence as links, and the reason when not released', () => {
    const r = root();
    const weights = r.querySelector('[data-component="weights"]')!;
    expect(textOf(weights.querySelector('.ol-component-license'))).toBe('License: llama3.1');
    const link = weights.querySelector('.ol-evidence a');
    expect(link?.getAttribute('href')).toBe(
      'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/model-00001-of-00004.safetensors',
    );
    const code = r.querySelector('[data-component="training-code"]')!;
    expect(textOf(code.querySelector('.ol-reason'))).toMatch(/training code/i);
    const architecture = r.querySelector('[data-component="architecture"]')!;
    expect(textOf(architecture.querySelector('.ol-component-license'))).toBe('License: llama3.1 (assumed)');
  });
});
