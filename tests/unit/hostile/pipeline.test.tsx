// @vitest-environment happy-dom
/**
 * Every hostile fixture through the whole pipeline — page props, hub answers, README and license text through the
 * Hugging Face adapter, `gather` over the fixture's hub, `assess`, then the badge and the breakdown rendered with
 * Preact — and what a user would notice: nothing runs, only http(s) links, every unknown says why, nothing throws,
 * and everything stays small.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '@/components/Badge';
import { Breakdown } from '@/components/Breakdown';
import { readCard } from '../../../lib/cards/read-card';
import { parseModelRecordJson } from '../../../lib/hubs/huggingface/record';
import { message } from '../../../lib/catalogue';
import { AssessmentSchema } from '../../../lib/schema/assessment';
import { ModelFactsSchema } from '../../../lib/schema/model-facts';
import { COMPONENT_IDS } from '../../../lib/schema/vocabulary';
import { HOSTILE, ID, type HostileFixture } from './corpus';
import { runPipeline, type View } from './pipeline';

/** Caps a user would notice being broken: a breakdown is a panel, not a book; facts fit the 4 MiB cache. */
const MAX_RENDERED_TEXT = 60_000;
const MAX_FACTS_JSON = 4 * 1024 * 1024;
const MAX_ASSESSMENT_JSON = 1024 * 1024;

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function show(view: View): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <>
      <Badge view={view} expanded={false} onToggle={() => undefined} />
      {view.kind === 'assessment' && (
        <Breakdown
          assessment={view.assessment}
          stage={view.stage}
          problem={view.problem}
          checkedAt={0}
          onRecheck={() => undefined}
          copyText={() => Promise.resolve()}
        />
      )}
    </>,
    container,
  );
  return container;
}

/** Nothing from the data can run: no active elements, no event-handler attributes, only http(s) link targets. */
function expectInert(root: HTMLElement): void {
  // Our own status icons are inline <svg> paths; nothing else may be an active or loading element.
  const active = 'script, iframe, object, embed, frame, base, meta, link, style, img, foreignObject, form, input';
  expect(root.querySelectorAll(active)).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name, `<${el.tagName.toLowerCase()} ${attr.name}>`).not.toMatch(/^on/i);
      if (['src', 'srcset', 'formaction', 'action', 'xlink:href', 'style'].includes(attr.name.toLowerCase()))
        throw new Error(`unexpected ${attr.name} attribute`);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href');
    expect(href, 'every link has a target').not.toBeNull();
    expect(new URL(href!).protocol).toMatch(/^https?:$/);
  }
}

function expectSound(view: View): void {
  if (view.kind === 'unavailable') {
    expect(message(view.reason).length).toBeGreaterThan(0);
    return;
  }
  const a = view.assessment;
  const parsed = AssessmentSchema.safeParse(a);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  // The engine caught nothing: `engine-error` would mean it threw on this data and gave up.
  expect(a.warnings.map((w) => w.code)).not.toContain('engine-error');
  for (const id of COMPONENT_IDS) {
    const c = a.components[id];
    if (c.status === 'unknown') expect(c.reason, `${id} is unknown and says why`).toBeDefined();
  }
  expect(JSON.stringify(a).length).toBeLessThan(MAX_ASSESSMENT_JSON);
}

function expectFixture(fx: HostileFixture, views: View[], root: HTMLElement): void {
  const last = views.at(-1)!;
  const want = fx.expect ?? {};
  if (want.unavailable) {
    expect(last.kind).toBe('unavailable');
    if (last.kind === 'unavailable') expect(last.reason.code).toBe(want.unavailable);
    expect(root.textContent).toContain('Unknown');
    expect(root.querySelector('[data-testid="ol-badge"]')?.getAttribute('aria-label')).toContain(
      message((last as Extract<View, { kind: 'unavailable' }>).reason),
    );
    return;
  }
  expect(last.kind, 'the hub answered: the page is assessed').toBe('assessment');
  if (last.kind !== 'assessment') return;
  const a = last.assessment;
  for (const id of want.unknown ?? []) {
    expect(a.components[id].status, id).toBe('unknown');
    expect(a.components[id].reason, id).toBeDefined();
    expect(root.querySelector(`[data-component="${id}"]`)?.getAttribute('data-status')).toBe('unknown');
  }
  if (want.licenseUnknown) {
    expect(a.license.entries.every((e) => !e.known && !e.osiApproved)).toBe(true);
    expect(a.license.osiApproved).not.toBe(true);
    expect(a.verdicts['open-weights'].open).not.toBe(true);
  }
  if (want.tier) {
    expect(a.tier).toBe(want.tier);
    expect(root.querySelector('[data-testid="ol-badge"]')?.getAttribute('data-tier')).toBe(want.tier);
  }
  for (const code of want.warnings ?? []) expect(a.warnings.map((w) => w.code)).toContain(code);
  if (want.showsText) expect(root.textContent).toContain(want.showsText);
}

describe('hostile corpus through adapter → gather → assess → badge and breakdown', () => {
  it('has at least 30 fixtures, each with its own name', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE.map((f) => f.name)).size).toBe(HOSTILE.length);
  });

  it.each(HOSTILE.map((fx) => [fx.name, fx] as const))('%s', async (_name, fx) => {
    // The parsers on their own: no exception whatever the input.
    const record = fx.hub[`api/models/${ID}.json`];
    if (typeof record === 'string') expect(() => parseModelRecordJson(record)).not.toThrow();
    const readme = fx.hub[`${ID}/raw/main/README.md`];
    if (typeof readme === 'string') {
      // The structural card reader on its own: bounded, http(s) links only, quotes within their caps.
      const reading = readCard(readme, ID);
      for (const link of reading.links) expect(new URL(link.url).protocol).toMatch(/^https?:$/);
      for (const link of reading.codeLinks) expect(new URL(link.url).protocol).toMatch(/^https?:$/);
      for (const hint of reading.baseHints) expect(hint.quote.length).toBeLessThanOrEqual(400);
    }

    const run = await runPipeline(fx);
    // Unusable props give no first badge from the page: the page falls back to the hub's API.
    if (run.page === undefined) expect(run.initial).toBeUndefined();
    for (const facts of [run.initial, run.gathered.status === 'ok' ? run.gathered.facts : undefined]) {
      if (!facts) continue;
      expect(ModelFactsSchema.safeParse(facts).success).toBe(true);
      expect(JSON.stringify(facts).length).toBeLessThan(MAX_FACTS_JSON);
    }
    // Bounded work: the lineage and dataset caps hold whatever the hub says.
    expect(run.requests.length).toBeLessThan(60);

    let root: HTMLElement | undefined;
    for (const view of run.views) {
      expectSound(view);
      if (container) render(null, container);
      container?.remove();
      root = show(view);
      expectInert(root);
      expect(root.textContent!.length).toBeLessThan(MAX_RENDERED_TEXT);
      if (view.kind === 'assessment' && view.problem) {
        expect(root.querySelector('[data-testid="ol-problem"]')?.textContent).toContain(message(view.problem));
      }
    }
    expectFixture(fx, run.views, root!);
  });
});
