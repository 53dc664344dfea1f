/**
 * The switch that builds Chrome's content scripts with or without the module loader (modules/module-content-scripts.ts),
 * read by the build and by `npm run bench -- --compare-loader`.
 */
import { describe, expect, it } from 'vitest';
import { LOADER_SWITCH, moduleLoaderWanted } from '../../../modules/module-content-scripts';

describe('OPENNESS_LENS_MODULE_LOADER', () => {
  it('turns the loader on or off', () => {
    expect(moduleLoaderWanted({ [LOADER_SWITCH]: 'on' })).toBe(true);
    expect(moduleLoaderWanted({ [LOADER_SWITCH]: 'off' })).toBe(false);
  });

  it('unset or empty, leaves the default as measured: off', () => {
    expect(moduleLoaderWanted({})).toBe(false);
    expect(moduleLoaderWanted({ [LOADER_SWITCH]: '' })).toBe(false);
  });

  it('refuses anything else rather than guess', () => {
    expect(() => moduleLoaderWanted({ [LOADER_SWITCH]: 'yes' })).toThrow(/must be "on" or "off"/);
    expect(() => moduleLoaderWanted({ [LOADER_SWITCH]: '0' })).toThrow(/must be "on" or "off"/);
  });
});
