/** The breakdown chunk: loaded the first time someone opens a badge (content-runtime/load-chunk.ts). */
export { Breakdown } from '@/components/Breakdown';
export { default as css } from '@/components/breakdown.css?inline';
