// @vitest-environment happy-dom
/** Trust: when and with what it was checked, not legal advice, re-check, copy the report, "this looks wrong". */
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/catalogue';
import { Breakdown } from '@/components/Breakdown';
import { byTestId, click, llamaFacts, mount, run, textOf } from './helpers';

const CHECKED = Date.UTC(2025, 0, 15, 12, 0);

function breakdown(extra: Partial<Parameters<typeof Breakdown>[0]> = {}) {
  const assessment = run(llamaFacts());
  assessment.warnings.push({ code: 'readme-truncated' });
  return mount(<Breakdown assessment={assessment} stage="enriched" checkedAt={CHECKED} {...extra} />);
}

describe('trust section', () => {
  it('says when it was checked, with which engine and knowledge base, and that it is not legal advice', () => {
    const root = breakdown();
    const checked = byTestId(root, 'ol-checked')!;
    expect(checked.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-15T12:00:00.000Z');
    expect(textOf(checked)).toMatch(/engine \S+ · knowledge base \S+/);
    expect(textOf(root)).toContain("This is information drawn from the hub's metadata, not legal advice.");
  });

  it('writes the moment of the check as the locale does, once the page is idle', async () => {
    const time = byTestId(breakdown(), 'ol-checked')!.querySelector('time')!;
    await vi.waitFor(() => expect(time.textContent).toBe(formatDateTime(CHECKED)));
    expect(time.textContent).toMatch(/2025/);
  });

  it('lists what could not be checked in plain words', () => {
    expect(textOf(byTestId(breakdown(), 'ol-notes'))).toBe('The model card is very long; only its beginning was read.');
  });

  it('re-checks on request', async () => {
    const onRecheck = vi.fn();
    const root = breakdown({ onRecheck });
    await click(byTestId(root, 'ol-recheck'));
    expect(onRecheck).toHaveBeenCalledOnce();
  });

  it('copies the Markdown report and says so', async () => {
    const copyText = vi.fn((_text: string) => Promise.resolve());
    const root = breakdown({ copyText });
    await click(byTestId(root, 'ol-copy-markdown'));
    const report = copyText.mock.calls[0]![0] as string;
    expect(report).toMatch(/^## Openness of \[/);
    expect(report).toContain('(https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)');
    expect(report).toContain('**OSAID:** Not open source · OSAID');
    expect(report).toContain('**User cap**');
    expect(textOf(byTestId(root, 'ol-copy-status'))).toBe('Markdown report copied.');
  });

  it('"This looks wrong" copies a prefilled report of the model, the verdict and the evidence', async () => {
    const copyText = vi.fn((_text: string) => Promise.resolve());
    const root = breakdown({ copyText });
    await click(byTestId(root, 'ol-looks-wrong'));
    const report = copyText.mock.calls[0]![0] as string;
    expect(report).toMatch(/^# Openness Lens: the verdict on .*Llama.* looks wrong/);
    expect(report).toContain('### What looks wrong');
    expect(report).toContain('Not open source · OSAID');
    expect(report).toContain('model-00001-of-00004');
    expect(textOf(byTestId(root, 'ol-copy-status'))).toContain('A problem report is on your clipboard');
  });

  it('says when the clipboard refused', async () => {
    const root = breakdown({ copyText: () => Promise.reject(new Error('denied')) });
    await click(byTestId(root, 'ol-copy-markdown'));
    expect(textOf(byTestId(root, 'ol-copy-status'))).toContain('Could not copy');
  });

  it('hides the copy actions where there is no clipboard, and links to the method page', () => {
    const root = breakdown({ methodLink: (anchor) => `chrome-extension://x/method.html${anchor ? `#${anchor}` : ''}` });
    expect(byTestId(root, 'ol-copy-markdown')).toBeNull();
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('chrome-extension://x/method.html');
    expect(hrefs).toContain('chrome-extension://x/method.html#release-tier');
    expect(hrefs).toContain('chrome-extension://x/method.html#licenses');
    expect(hrefs).toContain('chrome-extension://x/method.html#components');
  });
});
