/**
 * The shape of a message catalogue. A translation is another object of this type: every reason code must have a
 * sentence (the compiler checks), and every label must be given.
 */
import type { ReasonCode } from '../openness/reasons';
import type { ClauseId, ComponentId, ComponentStatus, Definition, Purpose, Tier } from '../schema/vocabulary';
import type { NoteCode } from './notes';
import type { UiText } from './ui-text';
import type { BreakdownText } from './breakdown-text';

export type MessageCode = ReasonCode;
export type Params = Readonly<Record<string, string | number>>;

/** Turns a reason's params into a sentence; `label` lets a sentence name a component, clause or definition. */
export type MessageFn = (params: Params, label: Labels) => string;

export interface Labels {
  component: (id: string) => string;
  clause: (id: string) => string;
  clauseMeaning: (id: string) => string;
  definition: (id: string) => string;
}

export interface Catalogue {
  locale: string;
  messages: Record<MessageCode, MessageFn>;
  /** Adapters' and the background's notes: what could not be read, why a model could not be looked up. */
  notes: Record<NoteCode, MessageFn>;
  /** A sentence for a code the catalogue does not know (an adapter's note, a newer engine). */
  fallback: (code: string, params: Params) => string;
  tiers: Record<Tier, { label: string; meaning: string }>;
  components: Record<ComponentId, string>;
  purposes: Record<Purpose, string>;
  clauses: Record<ClauseId, { label: string; meaning: string }>;
  definitions: Record<Definition, { label: string; meaning: string }>;
  statuses: Record<ComponentStatus, string>;
  open: { yes: string; no: string; undecided: string };
  /** Items run together in a sentence ("training code, training data"). */
  list: (items: readonly string[]) => string;
  /** Every word of the interface. */
  ui: UiText;
  /**
   * The knowledge base's license summaries in this locale, by license id. The engine writes them in English; one
   * missing here is shown in English, marked so (`lang`).
   */
  licenseSummaries?: Readonly<Record<string, string>>;
  /**
   * The breakdown's words, in a catalogue loaded whole (Chinese: a chunk of its own in the content scripts). The
   * built-in English has none here: its breakdown words travel with the breakdown (./breakdown.ts).
   */
  breakdown?: BreakdownText;
}
