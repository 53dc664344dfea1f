/** The method documentation, shipped inside the extension so the breakdown's links work offline. */
import { render } from 'preact';
import '@/components/styles.css';
import '@/components/page.css';
import method from '@/docs/METHOD.md?raw';
import { MarkdownDoc } from '@/components/MarkdownDoc';
import { parseMarkdown } from '@/lib/ui/markdown-blocks';
import { applySystemTheme } from '@/utils/theme';

applySystemTheme();
render(
  <main class="ol-root ol-page ol-method">
    <MarkdownDoc blocks={parseMarkdown(method)} />
  </main>,
  document.getElementById('app')!,
);
// The anchor did not exist when the page loaded: scroll to it now.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
