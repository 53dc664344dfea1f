/**
 * The toolbar popup: the breakdown of the open tab's model, asked of that tab's content script when the popup opens
 * and followed while the background sends new answers; a definition switch that changes the stored setting for every
 * tab; "not a model page" when the tab has no badge. It lives only while it is open.
 */
import { render } from 'preact';
import '@/components/styles.css';
import '@/components/breakdown.css';
import '@/components/page.css';
import { Popup } from './Popup';
import { applySystemTheme } from '@/utils/theme';
import { applyBrowserLocale } from '@/utils/locale';

applySystemTheme();
applyBrowserLocale();
const requested = Number(new URLSearchParams(location.search).get('tabId'));
render(
  <Popup requestedTabId={Number.isInteger(requested) && requested > 0 ? requested : undefined} />,
  document.getElementById('app')!,
);
