/**
 * Messages between the content script, the background and the popup. The background and the popup validate what
 * they receive with these schemas. The content script, whose size is budgeted, checks the shape of what it gets with
 * the small guards in ./guards.ts instead: it hears only from our own background and popup (a web page cannot open
 * an extension port), while everything a page or a hub supplies is validated here, in the background.
 */
import * as z from 'zod/mini';
import { AssessmentSchema } from '../schema/assessment';
import { ReasonSchema, text } from '../schema/model-facts';
import { HUBS, TIERS } from '../schema/vocabulary';

import { UPDATED } from './constants';

export { PAGE_PORT, CARDS_PORT, MAX_BODY_BYTES } from './constants';

const PageRefSchema = z.object({
  hub: z.enum(HUBS),
  id: text(256),
  url: text(2048),
  /** The model record the page embeds (Hugging Face `ModelHeader` props `.model`), validated by the adapter. */
  record: z.optional(z.unknown()),
});
export type PageRef = z.infer<typeof PageRefSchema>;

/** Content script → background, over the page's port. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    page: PageRefSchema,
    /** The page already shows the full answer (it reconnected to a background that had been unloaded). */
    settled: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('fetch-result'),
    reqId: z.number(),
    status: z.number(),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
  }),
  z.object({ type: z.literal('recheck') }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

export const STAGES = ['initial', 'enriched'] as const;

/** Background → content script, over the page's port. */
export const ToPageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assessment'),
    stage: z.enum(STAGES),
    checkedAt: z.number(),
    assessment: AssessmentSchema,
    /** Why enrichment stopped short (hub error, rate limit…): the badge shows the best it knows, and why. */
    problem: z.optional(ReasonSchema),
  }),
  z.object({ type: z.literal('unavailable'), reason: ReasonSchema }),
  z.object({ type: z.literal('fetch'), reqId: z.number(), url: text(4096) }),
]);
export type ToPage = z.infer<typeof ToPageSchema>;

/** What a tab's content script answers the popup (the question is `{ type: GET_STATE }`). */

export const PageStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('model'),
    stage: z.enum(STAGES),
    checkedAt: z.number(),
    assessment: AssessmentSchema,
    problem: z.optional(ReasonSchema),
  }),
  z.object({ kind: z.literal('pending'), id: text(256) }),
  z.object({ kind: z.literal('unavailable'), id: text(256), reason: ReasonSchema }),
  z.object({ kind: z.literal('not-model') }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

/** Background → an open popup: a tab's page has a new answer (sent by the background, so the page spends nothing). */
export const PopupUpdateSchema = z.object({ type: z.literal(UPDATED), tabId: z.number(), state: PageStateSchema });

/** Listing cards → background: the models whose cards are near the viewport. */
export const CardsRequestSchema = z.object({
  type: z.literal('cards'),
  ids: z.array(text(256)).check(z.maxLength(200)),
});

/** What a listing card shows: computed in the background, so the content script needs no engine. */
export const CardVerdictSchema = z.object({
  id: text(256),
  state: z.enum(['assessed', 'unknown']),
  tier: z.optional(z.enum(TIERS)),
  /** The verdict under the chosen definition, in a word or two. */
  label: text(80),
  /** What is not known, when the verdict is open ("training code unknown"). */
  detail: z.optional(text(80)),
  tone: z.enum(['open', 'closed', 'unknown']),
  accessibleName: text(400),
  /** Below the user's dimming threshold. */
  below: z.boolean(),
  /** Unknown for now: the background is retrying a transient failure (a reconnected page asks again). */
  retrying: z.optional(z.boolean()),
});
export type CardVerdict = z.infer<typeof CardVerdictSchema>;

/** At most this many verdicts in one message to a listing page. */
export const MAX_VERDICTS_PER_MESSAGE = 200;

export const CardsMessageSchema = z.discriminatedUnion('type', [
  // Verdicts answered close together travel together: every message costs the page's main thread its dispatch.
  z.object({
    type: z.literal('verdicts'),
    verdicts: z.array(CardVerdictSchema).check(z.minLength(1), z.maxLength(MAX_VERDICTS_PER_MESSAGE)),
  }),
  z.object({ type: z.literal('fetch'), reqId: z.number(), url: text(4096) }),
]);
export type CardsMessage = z.infer<typeof CardsMessageSchema>;
