/**
 * What the popup shows for a model page: the page's last answer from the background, or "pending" before one. The
 * content script builds it when the popup asks, the background when it tells an open popup of a new answer. Types
 * only from the schemas: the content script carries no zod.
 */
import type { PageMessage } from './guards';
import type { PageState } from './protocol';

export type PageAnswer = Extract<PageMessage, { type: 'assessment' | 'unavailable' }>;

export function pageStateOf(id: string, answer: PageAnswer | undefined): PageState {
  if (!answer) return { kind: 'pending', id };
  if (answer.type === 'unavailable') return { kind: 'unavailable', id, reason: answer.reason };
  const { stage, checkedAt, assessment, problem } = answer;
  return { kind: 'model', stage, checkedAt, assessment, ...(problem ? { problem } : {}) };
}
