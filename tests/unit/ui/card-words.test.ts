/**
 * A listing card's words under each definition: the verdict in a word or two, what is not known when the evidence
 * leaves it open, and the full sentence in the accessible name. The 30 models of the recorded hub's collection of
 * well-known models, looked up as the listing does: records first, the card only when they leave the verdict open.
 */
import { describe, expect, it } from 'vitest';
import { gatherHuggingFaceFacts } from '../../../lib/hubs/huggingface/gather';
import type { Fetcher } from '../../../lib/hubs/fetcher';
import { assess } from '../../../lib/openness';
import type { Assessment } from '../../../lib/schema/assessment';
import { DEFAULT_SETTINGS, PRESETS, type Settings } from '../../../lib/settings/schema';
import { cardVerdict, decidedByRecords, needsCard } from '../../../lib/ui/card-verdict';
import { cardWords } from '../../../lib/ui/card-words';
import { recordedHubFetcher } from '../../../scripts/recorded-hub';
import { HUB_DIR } from '../hubs/helpers';
import { WELL_KNOWN_WORDS as EXPECTED } from '../../fixtures/well-known-words';

type Preset = keyof typeof PRESETS;
const settingsFor = (preset: Preset): Settings => ({ ...DEFAULT_SETTINGS, ...PRESETS[preset] });

function recordedHub() {
  const base = recordedHubFetcher(HUB_DIR);
  const asked: string[] = [];
  const fetcher: Fetcher = (url, init) => (asked.push(url), base(url, init));
  return { fetcher, asked };
}

/** As the listing's background session does: records, then the card only when they leave the verdict open. */
async function listingAssessment(id: string, settings: Settings, fetcher: Fetcher) {
  const records = await gatherHuggingFaceFacts(id, fetcher, { light: true });
  if (records.status !== 'ok') throw new Error(`${id}: ${records.status}`);
  const first = assess(records.facts, settings);
  if (!needsCard(first, settings)) return { assessment: first, card: false };
  const card = await gatherHuggingFaceFacts(id, fetcher, { light: true, card: true });
  if (card.status !== 'ok') throw new Error(`${id}: ${card.status}`);
  return { assessment: assess(card.facts, settings), card: true };
}

const line = (words: { label: string; detail?: string }) =>
  words.detail ? `${words.label} ${words.detail}` : words.label;

describe("the 30-card listing: each card's words under each definition", () => {
  it('the collection holds 30 models, each with its expected words', () => {
    expect(Object.keys(EXPECTED)).toHaveLength(30);
  });

  (['strict', 'mof', 'lenient'] as const).forEach((preset, column) => {
    it(`${preset}: every card says its verdict in a word or two, and what is not known`, async () => {
      const { fetcher } = recordedHub();
      const settings = settingsFor(preset);
      const seen: Record<string, string> = {};
      for (const id of Object.keys(EXPECTED)) {
        const { assessment } = await listingAssessment(id, settings, fetcher);
        const verdict = cardVerdict(id, assessment, settings);
        seen[id] = line(verdict);
        // The tooltip and accessible name start with the card's words and keep the badge's whole sentence.
        expect(verdict.accessibleName.startsWith(`${line(verdict)}. Openness Lens: `)).toBe(true);
        expect(verdict.accessibleName.length).toBeLessThanOrEqual(400);
      }
      expect(seen).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([id, words]) => [id, words[column]])));
    });
  });
});

describe('what a listing asks for', () => {
  it("a Llama's records decide it under every definition: its card is not asked for", async () => {
    const { fetcher, asked } = recordedHub();
    for (const preset of ['strict', 'mof', 'lenient'] as const) {
      const { card } = await listingAssessment('meta-llama/Llama-3.1-8B-Instruct', settingsFor(preset), fetcher);
      expect(card).toBe(false);
    }
    expect(asked.some((url) => url.includes('/raw/'))).toBe(false);
  });

  it("OLMo 2 under the strict definition: its record and card, and each base's record and card, never license text or branches", async () => {
    const { fetcher, asked } = recordedHub();
    await listingAssessment('allenai/OLMo-2-1124-7B-SFT', settingsFor('strict'), fetcher);
    const own = asked.filter((url) => url.includes('OLMo-2-1124-7B-SFT'));
    expect([...new Set(own)]).toEqual([
      'https://huggingface.co/api/models/allenai/OLMo-2-1124-7B-SFT',
      'https://huggingface.co/allenai/OLMo-2-1124-7B-SFT/raw/main/README.md',
    ]);
    expect(asked.filter((url) => /\/refs|LICENSE/.test(url))).toEqual([]);
    expect(asked).toContain('https://huggingface.co/allenai/OLMo-2-1124-7B/raw/main/README.md');
    expect(asked).toContain('https://huggingface.co/api/datasets/allenai/olmo-mix-1124');
  });

  it('a "no" for what only the card shows waits for the card; one for the license or the weights does not', async () => {
    const { fetcher } = recordedHub();
    const records = async (id: string) => {
      const r = await gatherHuggingFaceFacts(id, fetcher, { light: true });
      if (r.status !== 'ok') throw new Error(id);
      return r.facts;
    };
    const mof = (facts: Awaited<ReturnType<typeof records>>): Assessment => assess(facts, settingsFor('mof'));
    // OLMo's records alone count its evaluation results as missing: MOF says no, but the card decides.
    const olmo = mof(await records('allenai/OLMo-2-1124-7B'));
    expect(olmo.verdicts.mof.open).toBe(false);
    expect(decidedByRecords(olmo, 'mof')).toBe(false);
    // Llama's weights are under a license MOF does not count as open: decided.
    expect(decidedByRecords(mof(await records('meta-llama/Llama-3.1-8B')), 'mof')).toBe(true);
    // "Open weights" is decided by weights and license alone; "open source" never is.
    const apache = assess(await records('allenai/OLMo-2-1124-7B'), settingsFor('lenient'));
    expect(decidedByRecords(apache, 'open-weights')).toBe(true);
  });

  it('the dim filter reads a second definition: its card is asked for when the records leave that one open', async () => {
    const { fetcher } = recordedHub();
    const r = await gatherHuggingFaceFacts('allenai/OLMo-2-1124-7B', fetcher, { light: true });
    if (r.status !== 'ok') throw new Error();
    const lenient = settingsFor('lenient');
    const assessment = assess(r.facts, lenient);
    expect(needsCard(assessment, lenient)).toBe(false);
    expect(needsCard(assessment, { ...lenient, dim: { mode: 'dim', threshold: 'osaid' } })).toBe(true);
    expect(needsCard(assessment, { ...lenient, dim: { mode: 'dim', threshold: 'downloadable' } })).toBe(false);
  });
});

describe('cardWords', () => {
  it('names at most two things not known and counts the rest', async () => {
    const { fetcher } = recordedHub();
    const r = await gatherHuggingFaceFacts('example-org/no-card-model', fetcher, { light: true, card: true });
    if (r.status !== 'ok') throw new Error();
    // An MOF verdict left open by three components.
    const open = structuredClone(assess(r.facts, settingsFor('mof')));
    open.verdicts.mof = {
      ...open.verdicts.mof,
      open: null,
      class: null,
      reasons: ['architecture', 'weights', 'model-card'].map((component) => ({
        code: 'component-unknown',
        params: { component },
      })),
    };
    expect(cardWords(open, 'mof')).toEqual({
      label: 'MOF class?',
      detail: 'architecture, weights +1 unknown',
      tone: 'unknown',
    });
  });

  it('an open verdict with no reason the card can name still says something is not known', async () => {
    const { fetcher } = recordedHub();
    const r = await gatherHuggingFaceFacts('allenai/OLMo-2-1124-7B', fetcher, { light: true, card: true });
    if (r.status !== 'ok') throw new Error();
    const assessment = structuredClone(assess(r.facts, settingsFor('strict')));
    assessment.verdicts.osaid = { open: null, reasons: [], caveats: [] };
    expect(cardWords(assessment)).toEqual({ label: 'Open source?', detail: 'not enough known', tone: 'unknown' });
  });
});
