/**
 * How the page in front of the user and the hub's API answer are reconciled (docs/METHOD.md, "The page and the
 * API"). An API that answers 401 or 404 for a model is a fact in itself when nothing else is known: the model is
 * private or does not exist, so it is fully closed (tier rule 1). But a page that shows the model's header is
 * evidence that the model exists as the page shows it: then the page's facts, and so its tier, are kept, and a note
 * says what the API answered. Hub-agnostic and pure.
 */
import { emptyFacts, type ModelFacts, type Reason } from '../schema/model-facts';

/** The reason codes of an API answer that says the model is not there (404) or not there for us (401). */
const REFUSAL_STATUS = { 'model-not-found': 'not-found', 'model-private-or-missing': 'private' } as const;
type RefusalCode = keyof typeof REFUSAL_STATUS;

const isRefusal = (code: string): code is RefusalCode => Object.prototype.hasOwnProperty.call(REFUSAL_STATUS, code);

/**
 * The facts an API refusal stands for when no page says otherwise: private or not found, with the hub's answer as
 * the note that explains it. Undefined for any other failure (those are transient, not facts).
 */
export function refusalFacts(hub: ModelFacts['hub'], id: string, url: string, reason: Reason): ModelFacts | undefined {
  if (!isRefusal(reason.code)) return undefined;
  const facts = emptyFacts(hub, id, url);
  facts.access.status = REFUSAL_STATUS[reason.code];
  facts.notes.push(reason);
  return facts;
}

/** The refusal that facts were built from (by `refusalFacts`), if they were. */
export function apiRefusal(facts: ModelFacts): Reason | undefined {
  if (facts.access.status !== 'private' && facts.access.status !== 'not-found') return undefined;
  return facts.notes.find((n) => isRefusal(n.code) && REFUSAL_STATUS[n.code] === facts.access.status);
}

/**
 * What a model page shows, given the page's own facts (when its header could be read) and the API's answer: the
 * API's facts, unless they only say the API refused and the page shows the model — then the page's facts, with a
 * note naming the API's answer.
 */
export function reconcilePageAndApi(page: ModelFacts | undefined, api: ModelFacts): ModelFacts {
  const refusal = apiRefusal(api);
  if (!page || !refusal) return api;
  const status = refusal.params?.['status'];
  const note: Reason = {
    code: 'api-refused-page-shows-model',
    params: {
      id: page.id,
      answer: refusal.code,
      ...(typeof status === 'number' ? { status } : {}),
    },
  };
  const notes = page.notes.some((n) => n.code === note.code) ? page.notes : [note, ...page.notes].slice(0, 50);
  return { ...page, notes };
}
