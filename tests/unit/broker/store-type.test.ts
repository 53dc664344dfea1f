/** The background passes `browser.storage.local` as the broker's store; this keeps the two types in step. */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { KeyValueStore } from '@/lib/broker';

describe('KeyValueStore', () => {
  it('accepts browser.storage.local', () => {
    const accept = (area: Browser.storage.LocalStorageArea): KeyValueStore => area;
    expect(typeof accept).toBe('function');
  });
});
