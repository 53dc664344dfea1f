/** Each build module raises the oldest Chrome the package asks for to what it needs, and never lowers it. */
import { describe, expect, it } from 'vitest';
import { requireChrome } from '../../../modules/module-content-scripts';

describe('the oldest Chrome in the manifest', () => {
  it('is raised to what a module needs', () => {
    const manifest: { minimum_chrome_version?: string } = {};
    requireChrome(manifest, 136);
    expect(manifest.minimum_chrome_version).toBe('136');
    requireChrome(manifest, 138);
    expect(manifest.minimum_chrome_version).toBe('138');
  });

  it('is never lowered by a module that needs less', () => {
    const manifest = { minimum_chrome_version: '140' };
    requireChrome(manifest, 136);
    expect(manifest.minimum_chrome_version).toBe('140');
  });
});
