import { render } from 'preact';
import '@/components/styles.css';
import '@/components/page.css';
import { Popup } from './Popup';
import { applySystemTheme } from '@/utils/theme';

applySystemTheme();
const requested = Number(new URLSearchParams(location.search).get('tabId'));
render(
  <Popup requestedTabId={Number.isInteger(requested) && requested > 0 ? requested : undefined} />,
  document.getElementById('app')!,
);
