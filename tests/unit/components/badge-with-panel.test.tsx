// @vitest-environment happy-dom
/** The breakdown's code arrives only when the badge is first opened (or about to be), and a failed load is retried. */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { BadgeWithPanel, type LoadBreakdown } from '@/components/BadgeWithPanel';
import { Breakdown } from '@/components/Breakdown';
import { byTestId, click, llamaFacts, mount, run, textOf } from './helpers';

function deferred() {
  let resolve!: (value: Awaited<ReturnType<LoadBreakdown>>) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<Awaited<ReturnType<LoadBreakdown>>>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function badge(loadBreakdown: LoadBreakdown) {
  const view = { kind: 'assessment' as const, assessment: run(llamaFacts()), stage: 'enriched' as const };
  const host = document.createElement('div');
  return mount(
    <BadgeWithPanel view={view} checkedAt={0} host={host} onRecheck={() => {}} loadBreakdown={loadBreakdown} />,
  );
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('badge with its lazily loaded breakdown', () => {
  it('loads nothing until the badge is opened, says it is loading, then shows the breakdown', async () => {
    const load = deferred();
    const loadBreakdown = vi.fn(() => load.promise);
    const root = badge(loadBreakdown);
    expect(loadBreakdown).not.toHaveBeenCalled();

    await click(byTestId(root, 'ol-badge'));
    expect(loadBreakdown).toHaveBeenCalledTimes(1);
    expect(textOf(byTestId(root, 'ol-panel-status'))).toBe('Loading the breakdown…');
    expect(byTestId(root, 'ol-breakdown')).toBeNull();

    load.resolve({ Breakdown });
    await settle();
    expect(byTestId(root, 'ol-breakdown')).not.toBeNull();
    expect(byTestId(root, 'ol-panel-status')).toBeNull();

    // Closed and opened again: the code is kept, not asked for twice.
    await click(byTestId(root, 'ol-badge'));
    await click(byTestId(root, 'ol-badge'));
    expect(byTestId(root, 'ol-breakdown')).not.toBeNull();
    expect(loadBreakdown).toHaveBeenCalledTimes(1);
  });

  it('starts loading when the pointer comes over the badge or it takes focus, once', async () => {
    const loadBreakdown = vi.fn(() => Promise.resolve({ Breakdown }));
    const root = badge(loadBreakdown);
    const element = byTestId(root, 'ol-badge')!;
    await act(() => {
      element.dispatchEvent(new Event('pointerenter'));
    });
    await act(() => {
      element.dispatchEvent(new FocusEvent('focus'));
    });
    await settle();
    expect(loadBreakdown).toHaveBeenCalledTimes(1);
    await click(element);
    expect(byTestId(root, 'ol-breakdown')).not.toBeNull();
  });

  it('says why when the code cannot be loaded, and tries again on the next opening', async () => {
    const first = deferred();
    const loadBreakdown = vi
      .fn<LoadBreakdown>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce({ Breakdown });
    const root = badge(loadBreakdown);
    await click(byTestId(root, 'ol-badge'));
    first.reject(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(textOf(byTestId(root, 'ol-panel-status'))).toBe(
      'The breakdown could not be loaded (TypeError: Failed to fetch dynamically imported module). Open the badge again to retry.',
    );

    await click(byTestId(root, 'ol-badge'));
    await click(byTestId(root, 'ol-badge'));
    await settle();
    expect(loadBreakdown).toHaveBeenCalledTimes(2);
    expect(byTestId(root, 'ol-breakdown')).not.toBeNull();
  });
});
