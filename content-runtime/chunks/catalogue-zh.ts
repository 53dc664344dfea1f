/** The Simplified Chinese catalogue: loaded at start-up only when the browser speaks it (content-runtime/locale.ts). */
export { zh } from '@/lib/catalogue/zh';
