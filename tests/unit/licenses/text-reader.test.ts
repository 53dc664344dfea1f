import full from 'spdx-license-list/full';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText, lookupLicense, readClausesFromText } from '../../../lib/licenses';
import { TITLE_RULES } from '../../../lib/licenses/title-rules';

const spdxText = (id: string): string => {
  const text = full[id]?.licenseText;
  if (!text) throw new Error(`no SPDX text for ${id}`);
  return text;
};

describe('readClausesFromText: no false positives', () => {
  it.each([['MIT'], ['Apache-2.0'], ['BSD-3-Clause'], ['BSD-2-Clause'], ['ISC'], ['CC-BY-4.0'], ['CC0-1.0']])(
    '%s yields no clauses',
    (id) => {
      expect(readClausesFromText(spdxText(id))).toEqual([]);
    },
  );

  it('does not read GPL’s “noncommercially” as a non-commercial clause', () => {
    const gpl = spdxText('GPL-3.0-only');
    expect(gpl.toLowerCase()).toContain('noncommercially');
    expect(readClausesFromText(gpl).map((c) => c.id)).not.toContain('non-commercial');
    expect(readClausesFromText(spdxText('AGPL-3.0-only'))).toEqual([]);
  });

  it('finds nothing certain but share-alike in any OSI-approved SPDX text', () => {
    const offenders = Object.entries(full)
      .filter(([, l]) => l.osiApproved)
      .flatMap(([id, l]) =>
        readClausesFromText(l.licenseText)
          .filter((c) => c.id !== 'share-alike' && c.unclear === undefined)
          .map((c) => `${id}: ${c.id}`),
      );
    expect(offenders).toEqual([]);
  });

  it('leaves a steward’s right to publish revised versions open, never a certain "revocable"', () => {
    // OpenLDAP's foundation "may revise this license": nothing says a revision binds those who hold this one.
    const found = readClausesFromText(spdxText('OLDAP-2.8')).find((c) => c.id === 'revocable');
    expect(found?.unclear).toBe('clause-unclear-terms-may-change');
    expect(found?.quote).toMatch(/may revise this license/i);
  });

  it('does not mistake permissions or irrevocable grants for restrictions', () => {
    const text =
      'You may use the model for both commercial and non-commercial uses. The grant is perpetual and irrevocable, ' +
      'and it is not revocable. There is no cap on monthly active users.';
    expect(readClausesFromText(text)).toEqual([]);
  });

  it('reads a "Modified MIT" display duty as naming, not as a user cap', () => {
    const text =
      'Permission is hereby granted, free of charge, to any person obtaining a copy. Our only change: if a product ' +
      'has more than 100 million monthly active users, you shall prominently display the model name in it.';
    expect(readClausesFromText(text).map((c) => c.id)).toEqual(['naming']);
  });

  it('keeps the Llama 3.1 naming duty apart from the Llama 2 output ban', () => {
    const llama31 =
      'If you use the Llama Materials or any outputs or results of the Llama Materials to create, train, fine tune, ' +
      'or otherwise improve an AI model, include "Llama" at the beginning of any such AI model name.';
    expect(readClausesFromText(llama31).map((c) => c.id)).toEqual(['naming']);
  });

  it('handles empty and non-string input', () => {
    expect(readClausesFromText('')).toEqual([]);
    expect(readClausesFromText(undefined as unknown as string)).toEqual([]);
    expect(identifyLicenseText('')).toBeUndefined();
  });
});

describe('readClausesFromText: hostile input', () => {
  it('returns for a 10 MB text', () => {
    const big = 'Acceptable Use Polic'.repeat(500_000) + ' 700 million monthly active users.';
    const started = Date.now();
    const clauses = readClausesFromText(big);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Only the first 300,000 characters are read, so the tail phrase is out of reach.
    expect(clauses).toEqual([]);
  });

  it('returns for pathological repetition of phrases and markup', () => {
    const parts = [
      'million monthly active users display '.repeat(20_000),
      '*_'.repeat(100_000),
      ' revocable'.repeat(20_000),
      '\n\n- '.repeat(50_000),
    ];
    for (const text of parts) expect(Array.isArray(readClausesFromText(text))).toBe(true);
    expect(identifyLicenseText('a'.repeat(5_000_000))).toBeUndefined();
  });
});

describe('identifyLicenseText', () => {
  it.each([
    ['MIT', 'mit'],
    ['Apache-2.0', 'apache-2.0'],
    ['BSD-3-Clause', 'bsd-3-clause'],
    ['GPL-3.0-only', 'gpl-3.0'],
    ['LGPL-2.1-only', 'lgpl-2.1'],
    ['AGPL-3.0-only', 'agpl-3.0'],
    ['CC-BY-4.0', 'cc-by-4.0'],
    ['CC-BY-NC-4.0', 'cc-by-nc-4.0'],
    ['CC-BY-NC-SA-4.0', 'cc-by-nc-sa-4.0'],
    ['CC-BY-NC-ND-3.0', 'cc-by-nc-nd-3.0'],
    ['CC-BY-2.0', 'cc-by-2.0'],
    ['CC0-1.0', 'cc0-1.0'],
    ['CDLA-Permissive-2.0', 'cdla-permissive-2.0'],
    ['PDDL-1.0', 'pddl'],
    ['OpenMDW-1.0', 'openmdw-1.0'],
  ])('recognises the SPDX text of %s', (spdxId, id) => {
    expect(identifyLicenseText(spdxText(spdxId))?.id).toBe(id);
  });

  it.each([
    ['LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023', 'llama2'],
    ['META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024', 'llama3'],
    ['LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024', 'llama3.1'],
    ['**LLAMA 3.2 COMMUNITY LICENSE AGREEMENT**', 'llama3.2'],
    ['Llama 3.3 Version Release Date: December 6, 2024', 'llama3.3'],
    ['LLAMA 4 COMMUNITY LICENSE AGREEMENT', 'llama4'],
    ['Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms', 'gemma'],
    ['CreativeML Open RAIL-M\ndated August 22, 2022', 'creativeml-openrail-m'],
    ['CreativeML Open RAIL++-M License\n\nCopyright (c) 2023 Stability AI', 'openrail++'],
    ['BigScience RAIL License v1.0\ndated May 19, 2022', 'bigscience-bloom-rail-1.0'],
    ['BigCode Open RAIL-M v1 License Agreement', 'bigcode-openrail-m'],
    ['Licensed by Mistral AI under the Mistral AI Research License.', 'mrl'],
    ['Qwen RESEARCH LICENSE AGREEMENT', 'qwen-research'],
    ['Qwen LICENSE AGREEMENT', 'qwen'],
    ['Tongyi Qianwen LICENSE AGREEMENT', 'tongyi-qianwen'],
    ['DEEPSEEK LICENSE AGREEMENT\nVersion 1.0, 23 October 2023', 'deepseek'],
    ['STABILITY AI COMMUNITY LICENSE AGREEMENT', 'stabilityai-ai-community'],
    [
      'Modified MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy',
      'modified-mit',
    ],
    ['TII Falcon License 2.0 (Apache-based)', 'falcon-llm-license'],
    ['FLUX.1 [dev] Non-Commercial License', 'flux-1-dev-non-commercial-license'],
    ['Databricks Open Model License', 'databricks-open-model-license'],
  ])('recognises %j', (text, id) => {
    expect(identifyLicenseText(text)?.id).toBe(id);
  });

  it('points every title rule at a knowledge-base entry', () => {
    for (const rule of TITLE_RULES) expect(lookupLicense(rule.id)?.id, rule.id).toBe(rule.id);
  });

  it('does not guess', () => {
    expect(identifyLicenseText('All rights reserved. Contact us for terms.')).toBeUndefined();
    expect(identifyLicenseText('This is some license.')).toBeUndefined();
  });
});
