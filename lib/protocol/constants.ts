/** Shared by the content script and the background; kept apart from the zod schemas so the content script stays small. */
export const PAGE_PORT = 'openness-lens/page';
/** Response bodies larger than this are cut off by the fetch executor and reported as too large. */
export const MAX_BODY_BYTES = 12_000_000;
export const GET_STATE = 'openness-lens/get-state';
export const UPDATED = 'openness-lens/updated';
export const CLEAR_CACHE = 'openness-lens/clear-cache';
export const CARDS_PORT = 'openness-lens/cards';
