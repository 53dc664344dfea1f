// @vitest-environment happy-dom
/** The license section: ids, plain summary, a link to the text, and each clause labelled with where it came from. */
import { describe, expect, it } from 'vitest';
import { LicenseSection } from '@/components/LicenseSection';
import { groupWarnings } from '@/lib/ui/warning-groups';
import { allByTestId, apacheFinetune, byTestId, llamaFacts, mount, run, textLicensed, textOf } from './helpers';
import { facts } from '../openness/builder';

const clause = (root: HTMLElement, id: string, source: string) =>
  root.querySelector(`[data-clause="${id}"][data-source="${source}"]`);

describe('license section', () => {
  it('shows the license name, id, plain summary and a link to its text', () => {
    const root = mount(<LicenseSection assessment={run(llamaFacts())} />);
    const entry = byTestId(root, 'ol-license-entry')!;
    expect(textOf(entry)).toContain('Llama 3.1 Community License Agreement');
    expect(textOf(entry)).toContain('llama3.1');
    expect(textOf(entry)).toContain('700 million monthly users');
    expect(entry.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('labels clauses from the knowledge base with their meaning', () => {
    const root = mount(<LicenseSection assessment={run(llamaFacts())} />);
    const cap = clause(root, 'user-cap', 'knowledge-base');
    expect(textOf(cap)).toContain('User cap');
    expect(textOf(cap)).toContain('Above a set number of users, a separate license must be obtained');
    expect(textOf(cap)).toContain('Source: knowledge base');
    expect(clause(root, 'use-restrictions', 'knowledge-base')).not.toBeNull();
  });

  it('quotes the sentence a clause was read from in the license text, and says the terms were read from it', () => {
    const assessment = run(textLicensed());
    const root = mount(<LicenseSection assessment={assessment} notes={groupWarnings(assessment.warnings).license} />);
    const nonCommercial = clause(root, 'non-commercial', 'text');
    expect(textOf(nonCommercial)).toContain('Source: the license text — “');
    expect(textOf(nonCommercial)).toContain('solely for non-commercial research purposes');
    expect(textOf(byTestId(root, 'ol-license-note'))).toContain('its terms were read from its text (LICENSE)');
  });

  it('names the hub flag a clause comes from', () => {
    const root = mount(<LicenseSection assessment={run(textLicensed())} />);
    expect(textOf(clause(root, 'no-resale', 'hub-flag'))).toContain(
      "Source: the hub's permission flag — Sell the model: no",
    );
  });

  it('names the base model an inherited clause comes from', () => {
    const root = mount(<LicenseSection assessment={run(apacheFinetune(), { inheritFromBase: true })} />);
    expect(textOf(clause(root, 'user-cap', 'base-model'))).toContain('Inherited from meta-llama/Llama-3.1-8B-Instruct');
  });

  it('says plainly when no license is declared, and shows no clause', () => {
    const root = mount(<LicenseSection assessment={run(facts('org/none'))} />);
    expect(textOf(byTestId(root, 'ol-license-none'))).toBe(
      'No license declared: all rights reserved, so not open under any definition.',
    );
    expect(allByTestId(root, 'ol-clause')).toHaveLength(0);
  });

  it('links to the method page section when given one', () => {
    const root = mount(
      <LicenseSection assessment={run(llamaFacts())} methodLink="chrome-extension://x/method.html#licenses" />,
    );
    const link = root.querySelector('.ol-method-link');
    expect(link?.getAttribute('href')).toBe('chrome-extension://x/method.html#licenses');
    expect(textOf(link)).toBe('How this is judged (License)');
  });
});
