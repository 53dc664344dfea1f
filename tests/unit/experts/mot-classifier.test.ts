/**
 * The MOT classifier gives the class the Model Openness Tool gives: its own 27 test records (with the progress its API
 * returned) and the records of well-known models, against a reference re-implementation's classes. Fixtures: facts
 * copied from the MOT's repository (tests/fixtures/experts/README.md).
 */
import { describe, expect, it } from 'vitest';
import { classifyMotRelease, motOpenLicenses, type MotRelease } from '@/lib/experts/mot';
import openLicenses from '@/lib/experts/mot-open-licenses.json';
import testRecords from '../../fixtures/experts/mot-test-records.json';
import referenceClasses from '../../fixtures/experts/mot-reference-classes.json';

const OPEN = new Set(openLicenses);

interface Fixture {
  license: Record<string, string | undefined>;
  components: { name: string; license?: string | null }[];
}
const release = (fixture: Fixture): MotRelease => ({
  license: Object.fromEntries(Object.entries(fixture.license).map(([key, name]) => [key, { name: name ?? null }])),
  components: fixture.components,
});

describe('the MOT classifier', () => {
  it.each(testRecords.records.map((r) => [r.name, r] as const))('%s: the class and progress the MOT gives', (_, r) => {
    const result = classifyMotRelease(release(r), OPEN);
    expect(result.class).toBe(r.expected.class);
    for (const level of ['1', '2', '3'] as const)
      expect(result.progress[level]).toBeCloseTo(r.expected.progress[level], 6);
  });

  it('covers all 27 of the MOT test records', () => expect(testRecords.records).toHaveLength(27));

  it.each(referenceClasses.records.map((r) => [r.hubId, r] as const))('%s: the reference class', (_, r) => {
    expect(classifyMotRelease(release(r), OPEN).class).toBe(r.expectedClass);
  });

  it('reads licenses as the MOT does: exact ids, "unlicensed" inherits nothing, the paper stands in', () => {
    const components = [
      'Model architecture',
      'Model parameters (Final)',
      'Model card',
      'Data card',
      'Research paper',
      'Evaluation results',
    ].map((name) => ({ name }));
    expect(classifyMotRelease({ license: { distribution: { name: 'Apache-2.0' } }, components }, OPEN).class).toBe(3);
    expect(classifyMotRelease({ license: { distribution: { name: 'Apache 2.0' } }, components }, OPEN).class).toBe(0);
    const unlicensedCard = components.map((c) => (c.name === 'Model card' ? { ...c, license: 'unlicensed' } : c));
    const result = classifyMotRelease({ license: { distribution: { name: 'MIT' } }, components: unlicensedCard }, OPEN);
    expect(result.class).toBe(0);
    expect(result.components['model-card']).toEqual({ status: 'unlicensed' });
    expect(result.components['weights']).toEqual({ status: 'included', license: 'MIT' });
  });

  it('derives the open licenses from the MOT list and its overrides', () => {
    const open = motOpenLicenses(
      [
        { licenseId: 'MIT', isOsiApproved: true },
        { licenseId: 'PDDL-1.0', isFsfLibre: true },
        { licenseId: 'Apache-1.0', isFsfLibre: true },
        { licenseId: 'Proprietary' },
      ],
      [{ licenseId: 'PDDL-1.0', isOsiApproved: false }],
    );
    expect(open).toContain('MIT');
    expect(open).toContain('Apache-1.0');
    expect(open).toContain('ODC-PDDL-1.0');
    expect(open).toContain('OpenMDW-1.0');
    expect(open).not.toContain('PDDL-1.0');
    expect(open).not.toContain('Proprietary');
  });
});
