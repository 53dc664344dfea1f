import { describe, expect, it } from 'vitest';
import { lookupLicense, normaliseLicenseKey } from '../../../lib/licenses';

describe('lookupLicense', () => {
  it.each([
    // ModelScope display names and folded spellings
    ['Apache License 2.0', 'apache-2.0'],
    ['apache 2.0', 'apache-2.0'],
    ['  APACHE_2.0 ', 'apache-2.0'],
    ['MIT License', 'mit'],
    ['apache license 2.0', 'apache-2.0'],
    // SPDX ids
    ['GPL-3.0-or-later', 'gpl-3.0'],
    ['ODC-By-1.0', 'odc-by'],
    ['PDDL-1.0', 'pddl'],
    ['CC-BY-NC-SA-4.0', 'cc-by-nc-sa-4.0'],
    // Hugging Face display names
    ['Llama 3.1 Community License Agreement', 'llama3.1'],
    ['Creative Commons Attribution Non Commercial 4.0', 'cc-by-nc-4.0'],
    ['Open Rail++-M License', 'openrail++'],
    // Kaggle display names
    ['Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)', 'cc-by-nc-4.0'],
    ['Attribution 3.0 IGO (CC BY 3.0 IGO)', 'cc-by-3.0-igo'],
    ['CC0: Public Domain', 'cc0-1.0'],
    ['GPL 2', 'gpl-2.0'],
    ['Community Data License Agreement - Permissive - Version 1.0', 'cdla-permissive-1.0'],
    ['ODC Public Domain Dedication and Licence (PDDL)', 'pddl'],
    ['GNU Free Documentation License 1.3', 'gfdl'],
    // Civitai base-model licenses
    ['FLUX.1 [dev] Non-Commercial License', 'flux-1-dev-non-commercial-license'],
    ['CreativeML Open RAIL++-M', 'openrail++'],
    ['CreativeML Open RAIL-M', 'creativeml-openrail-m'],
    ['Stability AI Community License Agreement', 'stabilityai-ai-community'],
    ['SAI NC RC', 'sai-nc-community'],
    ['Apache 2.0', 'apache-2.0'],
    ['AGPL-3.0', 'agpl-3.0'],
    // license_name slugs
    ['tongyi-qianwen', 'tongyi-qianwen'],
    ['Qwen-Research', 'qwen-research'],
    ['sai-nc-community', 'sai-nc-community'],
  ])('%j → %s', (key, id) => {
    expect(lookupLicense(key)?.id).toBe(id);
  });

  it('returns undefined for unknown, empty or absurd keys', () => {
    expect(lookupLicense('my-own-license')).toBeUndefined();
    expect(lookupLicense('')).toBeUndefined();
    expect(lookupLicense('   ')).toBeUndefined();
    expect(lookupLicense('mit'.repeat(1000))).toBeUndefined();
    expect(lookupLicense(null as unknown as string)).toBeUndefined();
  });

  it('folds case, spaces, underscores and dashes the same way for every key', () => {
    expect(normaliseLicenseKey(' Apache  License_2.0 ')).toBe('apache-license-2.0');
    expect(normaliseLicenseKey('Community Data License Agreement – Sharing')).toBe(
      'community-data-license-agreement-sharing',
    );
  });
});
