/**
 * The options page: the definition preset, the criteria toggles with a live preview, listing badges and the dim
 * filter, the hubs to run on, and clearing cached model data. It reads and writes the versioned settings in
 * storage.sync (lib/settings); every open tab follows a change at once.
 */
import { render } from 'preact';
import '@/components/styles.css';
import '@/components/breakdown.css';
import '@/components/page.css';
import { Options } from './Options';
import { applySystemTheme } from '@/utils/theme';
import { applyBrowserLocale } from '@/utils/locale';

applySystemTheme();
applyBrowserLocale();
render(<Options />, document.getElementById('app')!);
