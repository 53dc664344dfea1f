/**
 * The method documentation, shipped inside the extension so the breakdown's links work offline. English in every
 * locale; another locale's reader is told so in their language.
 */
import { render } from 'preact';
import '@/components/styles.css';
import '@/components/page.css';
import method from '@/docs/METHOD.md?raw';
import { MarkdownDoc } from '@/components/MarkdownDoc';
import { parseMarkdown } from '@/lib/ui/markdown-blocks';
import { applySystemTheme } from '@/utils/theme';
import { applyBrowserLocale } from '@/utils/locale';
import { activeCatalogue } from '@/lib/catalogue';
import { pageText } from '@/lib/catalogue/pages';

applySystemTheme();
applyBrowserLocale();
render(
  <main class="ol-root ol-page ol-method">
    {activeCatalogue().locale !== 'en' && (
      <p class="ol-note" data-testid="ol-method-language">
        {pageText().method.englishOnly}
      </p>
    )}
    <div lang="en">
      <MarkdownDoc blocks={parseMarkdown(method)} />
    </div>
  </main>,
  document.getElementById('app')!,
);
// The anchor did not exist when the page loaded: scroll to it now.
if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
