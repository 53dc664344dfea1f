/** Every link from the breakdown into the method page names a heading that exists in docs/METHOD.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_ANCHORS } from '@/lib/ui/method-anchors';
import { parseMarkdown } from '@/lib/ui/markdown-blocks';

describe('method page anchors', () => {
  it('each anchor the breakdown uses is a heading of docs/METHOD.md', () => {
    const ids = new Set(
      parseMarkdown(readFileSync('docs/METHOD.md', 'utf8')).flatMap((b) => (b.kind === 'heading' ? [b.id] : [])),
    );
    for (const [name, anchor] of Object.entries(METHOD_ANCHORS)) {
      if (anchor === '') continue; // the top of the page
      expect(ids.has(anchor), `${name} → #${anchor}`).toBe(true);
    }
  });
});
