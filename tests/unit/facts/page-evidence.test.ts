// @vitest-environment happy-dom
/**
 * The page in front of the user wins over an API that says the model is private or not found; with no page to say
 * otherwise, that answer makes the model fully closed. Page facts come from the recorded hub's compact pages, API
 * answers from its records (no record: 404; a recorded 401 sidecar), through the real adapter.
 */
import { describe, expect, it } from 'vitest';
import { apiRefusal, reconcilePageAndApi, refusalFacts } from '../../../lib/facts/page-evidence';
import { huggingface } from '../../../lib/hubs/huggingface/adapter';
import { gatherHuggingFaceFacts } from '../../../lib/hubs/huggingface/gather';
import { findModelOnPage } from '../../../lib/hubs/huggingface/find-model';
import { message } from '../../../lib/catalogue';
import { assess } from '../../../lib/openness/assess';
import { ModelFactsSchema, type ModelFacts, type Reason } from '../../../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { recordedHubFetcher } from '../../../scripts/recorded-hub';
import { fixtureText, HUB_DIR } from '../huggingface/helpers';

function pageFacts(rel: string): ModelFacts {
  const doc = new DOMParser().parseFromString(fixtureText(`huggingface.co/${rel}`), 'text/html');
  const ref = findModelOnPage(doc, `https://huggingface.co/${rel.replace(/\.html$/, '')}`);
  const facts = ref && huggingface.pageFacts?.(ref);
  if (!facts) throw new Error(`${rel}: no record on the page`);
  return facts;
}

/** What the background makes of the API's answer for `id`: the gathered facts, or the refusal's facts. */
async function apiFacts(id: string): Promise<{ facts?: ModelFacts; reason?: Reason }> {
  const result = await gatherHuggingFaceFacts(id, recordedHubFetcher(HUB_DIR));
  if (result.status === 'ok') return { facts: result.facts };
  return { facts: refusalFacts('huggingface', id, huggingface.modelUrl(id), result.reason), reason: result.reason };
}

const tier = (facts: ModelFacts) => assess(facts, DEFAULT_SETTINGS).tier;
const BLOB_404 = 'example-org/api-404-gguf/blob/main/api-404-gguf.Q4_K_M.gguf.html';
const BLOB_401 = 'example-org/api-401-gguf/blob/main/api-401-gguf.Q4_K_M.gguf.html';

describe('an API that refuses a model the page shows', () => {
  it.each([
    ['404', BLOB_404, 'example-org/api-404-gguf', 'model-not-found', 404, /no model called example-org\/api-404-gguf/],
    ['401', BLOB_401, 'example-org/api-401-gguf', 'model-private-or-missing', 401, /private or does not exist/],
  ] as const)('%s: the page’s facts and tier stay, and a note says what the API answered', async (...args) => {
    const [, rel, id, code, status, said] = args;
    const page = pageFacts(rel);
    expect(tier(page)).toBe('downloadable');
    const api = await apiFacts(id);
    expect(api.reason).toEqual({ code, params: { id, status } });
    expect(tier(api.facts!)).toBe('fully-closed');

    const shown = reconcilePageAndApi(page, api.facts!);
    expect(ModelFactsSchema.safeParse(shown).success).toBe(true);
    expect(shown.access).toEqual(page.access);
    expect(shown.licenses).toEqual(page.licenses);
    const assessment = assess(shown, DEFAULT_SETTINGS);
    expect(assessment.tier).toBe('downloadable');
    const note = shown.notes[0]!;
    expect(note).toEqual({ code: 'api-refused-page-shows-model', params: { id, answer: code, status } });
    // The breakdown shows the assessment's warnings as notes: the API's answer is among them, in words.
    const sentences = assessment.warnings.map((w) => message(w));
    const sentence = message(note);
    expect(sentences).toContain(sentence);
    expect(sentence).toContain(`answered ${status}`);
    expect(sentence).toMatch(said);
    expect(sentence).toMatch(/this page shows the model/);
  });

  it('with no page to say otherwise, the refusal stands: fully closed, with the hub’s answer as its note', async () => {
    const { facts, reason } = await apiFacts('example-org/api-404-gguf');
    expect(reconcilePageAndApi(undefined, facts!)).toBe(facts);
    const assessment = assess(facts!, DEFAULT_SETTINGS);
    expect(assessment.tier).toBe('fully-closed');
    expect(assessment.tierReason).toEqual({ code: 'tier-not-accessible', params: { status: 'not-found' } });
    expect(assessment.warnings).toContainEqual(reason);
  });

  it('keeps a page that shows a private model private: the page is kept as it is, not made public', async () => {
    const page = { ...pageFacts(BLOB_401) };
    page.access = { ...page.access, status: 'private' };
    const { facts } = await apiFacts('example-org/api-401-gguf');
    const shown = reconcilePageAndApi(page, facts!);
    expect(shown.access.status).toBe('private');
    expect(tier(shown)).toBe('fully-closed');
    expect(shown.notes[0]?.code).toBe('api-refused-page-shows-model');
  });

  it('an API that answers with the model wins over the page (its facts are richer and newer)', async () => {
    const page = pageFacts('google-bert/bert-base-uncased.html');
    const { facts } = await apiFacts('google-bert/bert-base-uncased');
    expect(reconcilePageAndApi(page, facts!)).toBe(facts);
    expect(apiRefusal(facts!)).toBeUndefined();
  });

  it('a record that says private (the owner’s own session) is an answer, not a refusal', () => {
    const page = pageFacts(BLOB_401);
    const owned = { ...page, access: { ...page.access, status: 'private' as const }, notes: [] };
    expect(apiRefusal(owned)).toBeUndefined();
    expect(reconcilePageAndApi(page, owned)).toBe(owned);
  });

  it('only 401 and 404 are refusals: other failures make no facts', () => {
    for (const code of ['model-forbidden', 'hub-error', 'rate-limited', 'network-error', 'record-not-json'])
      expect(refusalFacts('huggingface', 'o/m', 'https://huggingface.co/o/m', { code }), code).toBeUndefined();
    const facts = refusalFacts('civitai', '4201', 'https://civitai.com/models/4201', { code: 'model-not-found' })!;
    expect(facts.access.status).toBe('not-found');
    expect(apiRefusal(facts)).toEqual({ code: 'model-not-found' });
  });

  it('the note stays within the notes cap, comes first, and is not repeated on a second reconcile', async () => {
    const page = pageFacts(BLOB_404);
    page.notes = Array.from({ length: 50 }, (_, i) => ({ code: 'readme-unavailable', params: { status: i } }));
    const { facts } = await apiFacts('example-org/api-404-gguf');
    const once = reconcilePageAndApi(page, facts!);
    expect(once.notes).toHaveLength(50);
    expect(once.notes[0]?.code).toBe('api-refused-page-shows-model');
    expect(ModelFactsSchema.safeParse(once).success).toBe(true);
    const twice = reconcilePageAndApi(once, facts!);
    expect(twice.notes.filter((n) => n.code === 'api-refused-page-shows-model')).toHaveLength(1);
    // The page's own facts are not changed in place.
    expect(page.notes[0]?.code).toBe('readme-unavailable');
  });
});
