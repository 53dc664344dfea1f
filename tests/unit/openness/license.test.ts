import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS } from '../../../lib/schema/vocabulary';
import { allLicenseEntries } from '../../../lib/licenses';
import { facts, files, hubFlag, license, pipeline, run } from './builder';

const withLicense = (...ids: string[]) => facts('org/m', files('model.safetensors'), ...ids.map((id) => license(id)));

describe('license assessment', () => {
  it.each([
    ['apache-2.0', true, []],
    ['mit', true, []],
    ['gpl-3.0', true, ['share-alike']],
    ['llama3.1', false, ['user-cap', 'use-restrictions', 'naming']],
    ['llama2', false, ['user-cap', 'use-restrictions', 'output-restriction']],
    ['gemma', false, ['use-restrictions', 'revocable']],
    ['cc-by-nc-4.0', false, ['non-commercial']],
    ['cc-by-nd-4.0', false, ['no-derivatives']],
    ['cc-by-4.0', false, []],
    ['deepfloyd-if-license', false, ['non-commercial', 'research-only']],
  ] as const)('%s: OSI %s, clauses from the knowledge base', (id, osi, clauses) => {
    const result = run(withLicense(id)).license;
    expect(result.ids).toEqual([id]);
    expect(result.osiApproved).toBe(osi);
    expect(result.clauses).toEqual(clauses.map((clause) => ({ id: clause, source: 'knowledge-base' })));
    expect(result.entries[0]).toMatchObject({ id, known: true });
  });

  it('every clause in the knowledge base reaches the assessment', () => {
    const seen = new Set<string>();
    for (const entry of allLicenseEntries()) {
      const clauses = run(withLicense(entry.id)).license.clauses;
      for (const clause of entry.clauses) expect(clauses).toContainEqual({ id: clause, source: 'knowledge-base' });
      clauses.forEach((clause) => seen.add(clause.id));
    }
    // Every clause comes from some license, but Civitai's flag and the multimodal-only EU clause (tested below).
    expect(CLAUSE_IDS.filter((id) => !seen.has(id) && id !== 'no-resale' && id !== 'geographic')).toEqual([]);
  });

  it('no license declared: osiApproved null and every definition fails', () => {
    const result = run(facts('org/m', files('model.safetensors')));
    expect(result.license).toMatchObject({ ids: [], osiApproved: null, clauses: [] });
    expect(result.verdicts.osaid.reasons).toContainEqual({ code: 'no-license' });
    expect(result.verdicts['open-weights'].open).toBe(false);
  });

  it('several licenses: all listed, the most restrictive decides', () => {
    const result = run(withLicense('apache-2.0', 'cc-by-nc-4.0'));
    expect(result.license.ids).toEqual(['apache-2.0', 'cc-by-nc-4.0']);
    expect(result.license.osiApproved).toBe(false);
    expect(result.components.weights.license).toBe('cc-by-nc-4.0');
    expect(result.verdicts['open-weights'].open).toBe(false);
  });

  it('a display name resolves by name ("Apache License 2.0")', () => {
    const result = run(facts('org/m', license('Apache License 2.0', { source: 'page' })));
    expect(result.license.entries[0]).toMatchObject({ id: 'apache-2.0', known: true });
    expect(result.license.osiApproved).toBe(true);
  });

  it('other + license_name slug resolves by name', () => {
    const result = run(facts('org/m', license('other', { name: 'llama3.1' })));
    expect(result.license.entries[0]).toMatchObject({ id: 'llama3.1', known: true });
    expect(result.license.clauses.map((clause) => clause.id)).toContain('user-cap');
  });

  it('an unknown license is read from its text, each clause with the sentence that says it', () => {
    const text = [
      'Example Model License.',
      'The Model may be used solely for non-commercial research purposes.',
      'You will not use the outputs of the Model to improve any other large language model.',
    ].join('\n');
    const result = run(facts('org/m', license('example-license', { text, textSource: 'LICENSE' })));
    const clauses = result.license.clauses;
    expect(clauses).toContainEqual(
      expect.objectContaining({
        id: 'non-commercial',
        source: 'text',
        quote: expect.stringContaining('solely for non-commercial'),
      }),
    );
    expect(clauses).toContainEqual(
      expect.objectContaining({
        id: 'output-restriction',
        source: 'text',
        quote: expect.stringContaining('improve any other large language model'),
      }),
    );
    expect(result.license.osiApproved).toBe(false);
    expect(result.warnings).toContainEqual({
      code: 'license-read-from-text',
      params: { license: 'example-license', source: 'LICENSE' },
    });
    expect(result.verdicts['open-weights'].open).toBe(false);
  });

  it('a known license text is identified (MIT text under "other")', () => {
    const mit =
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.';
    const result = run(facts('org/m', license('other', { text: mit })));
    expect(result.license.entries[0]).toMatchObject({ id: 'mit', known: true });
    expect(result.license.osiApproved).toBe(true);
  });

  it('an unknown license without text is unknown: open weights undecided', () => {
    const result = run(withLicense('mystery-license'));
    expect(result.license.entries[0]).toMatchObject({ id: 'mystery-license', known: false, osiApproved: null });
    expect(result.license.osiApproved).toBe(false);
    expect(result.verdicts['open-weights']).toMatchObject({ open: null });
    expect(result.verdicts['open-weights'].reasons).toContainEqual({
      code: 'license-unknown',
      params: { license: 'mystery-license' },
    });
  });

  it('hub permission flags become clauses quoting the flag', () => {
    const result = run(
      facts('org/m', license('creativeml-openrail-m'), hubFlag('no-resale', 'allowCommercialUse: Image')),
    );
    expect(result.license.clauses).toContainEqual({
      id: 'no-resale',
      source: 'hub-flag',
      quote: 'allowCommercialUse: Image',
    });
  });

  it('a multimodal-only clause applies only to multimodal models (Llama 3.2 EU clause)', () => {
    const text = run(facts('org/m', license('llama3.2'), pipeline('text-generation'))).license.clauses;
    const vision = run(facts('org/m', license('llama3.2'), pipeline('image-text-to-text'))).license.clauses;
    expect(text.map((clause) => clause.id)).not.toContain('geographic');
    expect(vision).toContainEqual({ id: 'geographic', source: 'knowledge-base', when: 'multimodal' });
  });

  // Excerpts in our own words, each shaped like a clause the knowledge base may not know yet.
  const unlisted = (text: string) => license('other', { name: 'Example Model License', text, textSource: 'LICENSE' });

  it('a license the knowledge base knows still has its text read: a clause the entry lacks is shown, as unclear', () => {
    const text =
      'CC BY-NC 4.0 applies. It is for non-commercial use only.\n\nYou may not host the model as a service (SaaS) for third parties.';
    const result = run(
      facts('org/m', files('model.safetensors'), license('cc-by-nc-4.0', { text, textSource: 'LICENSE' })),
    );
    const { clauses } = result.license;
    // The entry's clause quotes the text's sentence.
    expect(clauses).toContainEqual({
      id: 'non-commercial',
      source: 'knowledge-base',
      quote: 'It is for non-commercial use only.',
    });
    expect(clauses).toContainEqual({
      id: 'no-hosting',
      source: 'text',
      quote: expect.stringContaining('SaaS'),
      unclear: { code: 'clause-unclear-not-in-knowledge-base' },
    });
    expect(result.verdicts.osaid.reasons).toContainEqual(
      expect.objectContaining({
        code: 'clause-unclear-decides',
        params: expect.objectContaining({ clause: 'no-hosting' }),
      }),
    );
  });

  it('a clause the text limits to multimodal models is listed only for them, and carries the condition', () => {
    const text = 'For multimodal models, these rights are not granted to anyone domiciled in the European Union.';
    const textOnly = run(facts('org/m', unlisted(text), pipeline('text-generation'))).license.clauses;
    const vision = run(facts('org/m', unlisted(text), pipeline('image-text-to-text'))).license.clauses;
    expect(textOnly.map((clause) => clause.id)).not.toContain('geographic');
    expect(vision).toContainEqual(expect.objectContaining({ id: 'geographic', source: 'text', when: 'multimodal' }));
  });

  it('an unclear clause is shown with why, and leaves a verdict it would decide open instead of failing it', () => {
    const text = 'We may change this license at any time. Derivatives you share remain subject to this license.';
    const result = run(facts('org/m', files('model.safetensors'), unlisted(text)));
    const revocable = result.license.clauses.find((clause) => clause.id === 'revocable');
    expect(revocable?.unclear).toEqual({ code: 'clause-unclear-terms-may-change' });
    expect(result.verdicts.osaid.reasons).toContainEqual(
      expect.objectContaining({
        code: 'clause-unclear-decides',
        params: expect.objectContaining({ clause: 'revocable' }),
      }),
    );
    expect(result.verdicts.osaid.reasons.map((why) => why.code)).not.toContain('clause-disqualifies');
  });

  it('a certain clause outranks an unclear reading of the same clause', () => {
    const text = 'The grant is revocable. We may change this license at any time.';
    const revocable = run(facts('org/m', unlisted(text))).license.clauses.find((clause) => clause.id === 'revocable');
    expect(revocable?.unclear).toBeUndefined();
    expect(revocable?.quote).toBe('The grant is revocable.');
  });
});
