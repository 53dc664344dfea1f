import { defineWebExtConfig } from 'wxt';

// `npm run dev` builds and watches; load `.output/chrome-mv3-dev` by hand (WXT's browser runner needs a display and
// a downloadable browser, which this project does not assume).
export default defineWebExtConfig({ disabled: true });
