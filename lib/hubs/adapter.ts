/**
 * The seam between hubs and everything else. A hub is a folder `lib/hubs/<hub>/` with the same parts as the
 * Hugging Face one: its descriptor (lib/hubs/descriptor.ts: name, origins, hosts, cards, theme — data only), URL
 * classification with its test URLs, reading the page, the endpoints it asks the broker for, the mapping to
 * ModelFacts, and where the badge goes. Its code is exposed in two halves, registered apart:
 *
 * - `HubPageAdapter`: what a content script needs (no zod, no engine), so each hub's script stays small; its
 *   content-script entrypoint is where it is registered;
 * - `HubAdapter`: what the background and the command line need (gathering facts through a Fetcher), registered in
 *   lib/hubs/adapters.ts, which no content script imports.
 *
 * The engine and the UI see only ModelFacts and Assessments: nothing there branches on the hub.
 */
import type { HubId } from '../schema/vocabulary';
import type { ModelFacts, Reason } from '../schema/model-facts';
import type { Fetcher } from './fetcher';

/** What a content script sends the background about the model page it is on. */
export interface HubPageRef {
  hub: HubId;
  id: string;
  url: string;
  /** What the page itself shows, for the adapter to validate (Hugging Face's ModelHeader record, Kaggle's fields). */
  record?: unknown;
}

export interface HubPageAdapter {
  hub: HubId;
  /** The model on this page, or undefined when the page is not a model page. */
  findModel: (doc: Document, href: string) => HubPageRef | undefined;
  /** The element the badge is appended to; null when the hub's markup is not known, and the badge floats. */
  badgeAnchor: (doc: Document) => Element | null;
  /**
   * The model a listing card (found by the descriptor's `cards.selector`) links to, or undefined when the card is
   * not a model's. Absent when the hub has no listing badges.
   */
  cardModelId?: (card: Element, base: string) => string | undefined;
}

export type GatherResult =
  { status: 'ok'; facts: ModelFacts } | { status: 'not-found' | 'private' | 'error'; reason: Reason };

export interface GatherOptions {
  /** Records only, for listing badges: as few requests as the hub allows. */
  light?: boolean;
  /**
   * With `light`: also each model's card (README) and its listed datasets, and each base model's card, for a listing
   * card whose records alone leave its verdict open. Still no license text and no branches (docs/PERFORMANCE.md).
   * A hub whose light facts hold all it knows ignores it.
   */
  card?: boolean;
}

export interface HubAdapter {
  hub: HubId;
  /**
   * Where requests run: `background` = the background's own fetch, anonymous, to the descriptor's `fetchHosts` (the
   * manifest's host permissions); `background-then-page` = the same, and an answer that needs a login (401/403: a gated model's
   * files, a private repo) is asked again from a live hub page of the user's — same origin, their session.
   */
  executor: 'background' | 'background-then-page';
  /** The model id a model page URL names, or null when the URL is not one of this hub's model pages. */
  modelIdFromUrl: (url: string) => string | null;
  /** The canonical page of a model id. */
  modelUrl: (id: string) => string;
  gather: (id: string, fetcher: Fetcher, options?: GatherOptions) => Promise<GatherResult>;
  /** `gather` reads more with `card` than with `light` alone (a listing then asks for it when records leave a verdict open). */
  listingCards?: boolean;
  /**
   * Facts from what the page itself sent (no request), for the first badge; undefined when the page sent nothing
   * usable. Adapters whose hub has no API (Kaggle) answer here only, and `gather` takes the same record.
   */
  pageFacts?: (page: HubPageRef) => ModelFacts | undefined;
}
