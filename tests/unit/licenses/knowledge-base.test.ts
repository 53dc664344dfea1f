import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';
import {
  allLicenseEntries,
  HUB_LICENSE_IDS,
  KNOWLEDGE_BASE_VERSION,
  LICENSE_FAMILIES,
  lookupLicense,
} from '../../../lib/licenses';
import { CLAUSE_IDS } from '../../../lib/schema/vocabulary';

const entries = allLicenseEntries();
const byId = (id: string) => {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('Hub license ids', () => {
  it('lists exactly 83 unique ids, starting and ending as the Hub does', () => {
    expect(HUB_LICENSE_IDS).toHaveLength(83);
    expect(new Set(HUB_LICENSE_IDS).size).toBe(83);
    expect(HUB_LICENSE_IDS[0]).toBe('apache-2.0');
    expect(HUB_LICENSE_IDS.at(-1)).toBe('other');
  });

  it.each(HUB_LICENSE_IDS.map((id) => [id]))('%s has its own entry', (id) => {
    expect(lookupLicense(id)?.id).toBe(id);
  });
});

describe('entries', () => {
  it('have unique ids and a version string', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(KNOWLEDGE_BASE_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it.each(entries.map((e) => [e.id, e]))('%s is well formed', (_id, e) => {
    expect(LICENSE_FAMILIES).toContain(e.family);
    expect(e.summary.length).toBeGreaterThan(10);
    expect(e.summary).not.toContain('\n');
    if (e.url !== undefined) expect(e.url).toMatch(/^https:\/\//);
    for (const c of e.clauses) expect(CLAUSE_IDS).toContain(c);
    expect(new Set(e.clauses).size).toBe(e.clauses.length);
    for (const c of e.conditionalClauses ?? []) expect(e.clauses).not.toContain(c.id);
    // An open license carries no clause that disqualifies it under osaid (share-alike does not).
    if (e.osiApproved || e.openData) expect(e.clauses.filter((c) => c !== 'share-alike')).toEqual([]);
  });

  it.each(entries.filter((e) => e.spdx).map((e) => [e.id, e]))('%s agrees with spdx-license-list', (_id, e) => {
    const listed = spdx[e.spdx ?? ''];
    expect(listed).toBeDefined();
    expect(e.osiApproved).toBe(listed?.osiApproved);
  });

  it('umbrella ids name real SPDX versions and take the least open of them', () => {
    for (const e of entries.filter((x) => x.members)) {
      for (const m of e.members ?? []) expect(spdx[m]).toBeDefined();
    }
    expect(byId('gpl').osiApproved).toBe(true);
    expect(byId('cc').osiApproved).toBe(false);
    expect(byId('cc').openData).toBe(false);
    for (const id of ['bsd', 'cc', 'gpl', 'lgpl', 'openrail']) expect(byId(id).family).toBe('family');
    for (const id of ['other', 'unknown']) {
      expect(byId(id)).toMatchObject({ family: 'unknown', osiApproved: false, mofOpen: false, clauses: [] });
    }
  });

  it('marks open data licenses', () => {
    const open = [
      'cc0-1.0',
      'cc-by-4.0',
      'cc-by-sa-4.0',
      'cdla-permissive-2.0',
      'odc-by',
      'odbl',
      'pddl',
      'openmdw-1.1',
    ];
    for (const id of open) expect(byId(id).openData, id).toBe(true);
    for (const id of ['cc-by-nc-4.0', 'cc-by-nd-4.0', 'mit', 'apache-2.0', 'cdla-sharing-1.0', 'llama3.1']) {
      expect(byId(id).openData, id).toBe(false);
    }
  });

  it('follows the Model Openness Tool on what is open and for which type', () => {
    for (const id of ['apache-2.0', 'gpl-3.0', 'cc-by-4.0', 'cdla-sharing-1.0', 'wtfpl', 'openmdw-1.0', 'gfdl']) {
      expect(byId(id).mofOpen, id).toBe(true);
    }
    for (const id of ['llama3.1', 'gemma', 'creativeml-openrail-m', 'cc-by-nc-4.0', 'c-uda', 'qwen']) {
      expect(byId(id).mofOpen, id).toBe(false);
    }
    expect(byId('apache-2.0').mofTypes).toEqual(['code', 'document']);
    expect(byId('mit').mofTypes).toEqual(['code']);
    expect(byId('cdla-permissive-2.0').mofTypes).toEqual(['data']);
    expect(byId('openmdw-1.0').mofTypes).toEqual(['code', 'data', 'document']);
    expect(byId('gpl-3.0').mofTypes).toEqual([]);
  });

  it('keeps the Llama versions apart', () => {
    expect(byId('llama2').clauses).toContain('output-restriction');
    expect(byId('llama2').clauses).not.toContain('naming');
    expect(byId('llama3').clauses).toEqual(expect.arrayContaining(['output-restriction', 'naming']));
    for (const id of ['llama3.1', 'llama3.2', 'llama3.3', 'llama4']) {
      expect(byId(id).clauses, id).not.toContain('output-restriction');
      expect(byId(id).clauses, id).toEqual(expect.arrayContaining(['user-cap', 'use-restrictions', 'naming']));
    }
    expect(byId('llama3.1').conditionalClauses).toBeUndefined();
    expect(byId('llama3.2').conditionalClauses).toEqual([{ id: 'geographic', when: 'multimodal' }]);
    expect(byId('llama3.2').clauses).not.toContain('geographic');
  });

  it('has the vendor slugs the Hub files under other', () => {
    const slugs = [
      'mrl',
      'mnpl',
      'qwen',
      'qwen-research',
      'tongyi-qianwen',
      'deepseek',
      'deepseek-license',
      'falcon-llm-license',
      'nvidia-open-model-license',
      'stabilityai-ai-community',
      'sai-nc-community',
      'flux-1-dev-non-commercial-license',
      'gemma-terms-of-use',
      'databricks-open-model-license',
      'microsoft-research-license',
      'qwen-community-1.0',
      'falcon-180b-license',
      'falcon2-11b-license',
      'ai2-impact-license-low-risk',
      'modified-mit',
      'nvidia-open-model-agreement',
    ];
    for (const slug of slugs) expect(lookupLicense(slug), slug).toBeDefined();
    expect(lookupLicense('deepseek-license')?.id).toBe('deepseek');
    expect(lookupLicense('gemma-terms-of-use')?.id).toBe('gemma');
  });

  it('never lets an alias point at two entries', () => {
    for (const e of entries) {
      for (const key of [e.name, ...e.aliases]) expect(lookupLicense(key)?.id, key).toBe(e.id);
    }
  });
});
