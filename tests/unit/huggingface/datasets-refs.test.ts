import { describe, expect, it } from 'vitest';
import { datasetLookupFromResponse } from '../../../lib/hubs/huggingface/datasets';
import { checkpointBranches, parseRefs } from '../../../lib/hubs/huggingface/refs';
import { licenseSlug, repoLicensePath } from '../../../lib/hubs/huggingface/licenses';

const ok = (rec: Record<string, unknown>) => datasetLookupFromResponse(200, JSON.stringify({ id: 'o/d', ...rec }));

describe('dataset availability', () => {
  it('public, gated (auto and manual), private, disabled from a 200 record', () => {
    expect(ok({ gated: false, cardData: { license: 'mit' } })).toEqual({
      availability: 'public',
      canonicalId: 'o/d',
      license: ['mit'],
    });
    expect(ok({ gated: 'auto' }).availability).toBe('gated');
    expect(ok({ gated: 'manual' }).availability).toBe('gated');
    expect(ok({ private: true }).availability).toBe('private');
    expect(ok({ disabled: true, gated: 'manual' }).availability).toBe('disabled');
  });

  it('license ids: list, tags fallback, other → license_name slug', () => {
    expect(ok({ cardData: { license: ['CC-BY-SA-3.0', 'gfdl'] } }).license).toEqual(['cc-by-sa-3.0', 'gfdl']);
    expect(ok({ tags: ['license:odc-by', 'task_categories:text'] }).license).toEqual(['odc-by']);
    expect(ok({ cardData: { license: 'other', license_name: 'My Data License 2' } }).license).toEqual([
      'my-data-license-2',
    ]);
    expect(ok({}).license).toBeUndefined();
  });

  it('error statuses: 401/404 missing, 403 disabled only when the hub says so', () => {
    expect(datasetLookupFromResponse(404, '').availability).toBe('missing');
    expect(datasetLookupFromResponse(401, '{"error":"Invalid username or password."}').availability).toBe('missing');
    expect(
      datasetLookupFromResponse(403, '', { 'x-error-message': 'Access to this resource is disabled.' }).availability,
    ).toBe('disabled');
    expect(datasetLookupFromResponse(403, '{"error":"Access to this resource is disabled."}').availability).toBe(
      'disabled',
    );
    expect(datasetLookupFromResponse(403, '{"error":"forbidden"}').availability).toBe('unknown');
    expect(datasetLookupFromResponse(429, '').availability).toBe('unknown');
    expect(datasetLookupFromResponse(200, 'not json').availability).toBe('unknown');
    expect(datasetLookupFromResponse(200, '{"private":"yes"}').availability).toBe('unknown');
  });
});

describe('refs', () => {
  it('branch names from a refs answer; null when malformed', () => {
    const body = JSON.stringify({
      branches: [
        { name: 'main', ref: 'refs/heads/main', targetCommit: 'a' },
        { name: 'step1000', ref: 'refs/heads/step1000', targetCommit: 'b' },
      ],
      converts: [],
      tags: [{ name: 'v1', ref: 'refs/tags/v1' }],
    });
    expect(parseRefs(body)).toEqual(['main', 'step1000']);
    expect(parseRefs('{"branches": "main"}')).toBeNull();
    expect(parseRefs('<html>')).toBeNull();
  });

  it('recognises checkpoint branches', () => {
    expect(
      checkpointBranches([
        'main',
        'step1000',
        'checkpoint-500',
        'stage1-step2000-tokens8B',
        'dev',
        'steps-doc',
        'epoch_3',
      ]),
    ).toEqual(['step1000', 'checkpoint-500', 'stage1-step2000-tokens8B', 'epoch_3']);
  });
});

describe('license helpers', () => {
  it('slugs license names', () => {
    expect(licenseSlug('Example Community Model License v1')).toBe('example-community-model-license-v1');
    expect(licenseSlug('  Llama 2 (Community)  ')).toBe('llama-2-community');
  });

  it('finds repo license files in license_link', () => {
    expect(repoLicensePath('LICENSE', 'o/m')).toBe('LICENSE');
    expect(repoLicensePath('./LICENSE.md', 'o/m')).toBe('LICENSE.md');
    expect(repoLicensePath('https://huggingface.co/o/m/blob/main/LICENSE.txt', 'o/m')).toBe('LICENSE.txt');
    expect(repoLicensePath('https://huggingface.co/other/repo/blob/main/LICENSE', 'o/m')).toBeUndefined();
    expect(repoLicensePath('https://example.com/license', 'o/m')).toBeUndefined();
    expect(repoLicensePath('https://huggingface.co/o/m/blob/main/../../x', 'o/m')).toBeUndefined();
  });
});
