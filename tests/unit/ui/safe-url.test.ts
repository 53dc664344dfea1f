import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '@/lib/ui/safe-url';

describe('only http(s) links are rendered', () => {
  it.each([
    ['https://github.com/google-research/bert', 'https://github.com/google-research/bert'],
    ['http://example.org/a?b=c', 'http://example.org/a?b=c'],
  ])('keeps %s', (raw, expected) => expect(safeHttpUrl(raw)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'not a url',
    '',
    undefined,
  ])('drops %p', (raw) => expect(safeHttpUrl(raw)).toBeUndefined());

  it('resolves a repo-relative link against the model page, and still refuses other schemes', () => {
    expect(safeHttpUrl('LICENSE', 'https://huggingface.co/org/model')).toBe('https://huggingface.co/org/LICENSE');
    expect(safeHttpUrl('javascript:alert(1)', 'https://huggingface.co/org/model')).toBeUndefined();
  });
});
