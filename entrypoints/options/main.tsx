import { render } from 'preact';
import '@/components/styles.css';
import '@/components/page.css';
import { Options } from './Options';
import { applySystemTheme } from '@/utils/theme';

applySystemTheme();
render(<Options />, document.getElementById('app')!);
