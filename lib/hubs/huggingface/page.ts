/**
 * Reads the model record a Hugging Face model page embeds in `[data-target="ModelHeader"][data-props]`.
 * Only `props.model` is kept: the rest of the props can carry session data (a logged-in page has a CSRF token
 * elsewhere), so nothing here logs or returns the props wholesale.
 */
import { parseModelRecord, type HfModelRecord } from './record';

/** Real props are ~10-100 kB; anything far larger is not a model header. */
export const MAX_PROPS_LENGTH = 5_000_000;

export type PageRead = { record: HfModelRecord; activeTab?: string } | { error: string };

/** Validates the `data-props` string of a ModelHeader. */
export function readModelHeaderProps(dataProps: string): PageRead {
  if (dataProps.length > MAX_PROPS_LENGTH) return { error: 'props-too-large' };
  let props: unknown;
  try {
    props = JSON.parse(dataProps);
  } catch {
    return { error: 'props-not-json' };
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return { error: 'props-not-object' };
  const { model, activeTab } = props as Record<string, unknown>;
  if (model === undefined || model === null) return { error: 'props-no-model' };
  const parsed = parseModelRecord(model, 'page');
  if (!parsed.ok) return { error: parsed.reason };
  return typeof activeTab === 'string' && activeTab.length <= 64
    ? { record: parsed.record, activeTab }
    : { record: parsed.record };
}

/** Finds the ModelHeader of a document and reads its record. */
export function readModelHeader(doc: Document): PageRead {
  const el = doc.querySelector('[data-target="ModelHeader"]');
  if (!el) return { error: 'no-model-header' };
  const props = el.getAttribute('data-props');
  if (props === null || props === '') return { error: 'no-props' };
  return readModelHeaderProps(props);
}

/** Whether the page is a model page: a one-segment URL (`/gpt2`) is a model only when this is true. */
export const hasModelHeader = (doc: Document): boolean => doc.querySelector('[data-target="ModelHeader"]') !== null;
