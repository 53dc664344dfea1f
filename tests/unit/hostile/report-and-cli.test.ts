/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
/**
 * The hostile corpus through the two other ways out: "Copy as Markdown" (Markdown escaped, only http(s) link
 * targets, no invisible controls) and the command line over a recorded-hub directory (control characters and bidi
 * overrides stripped, exit codes as documented, --json schema-valid).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownReport } from '../../../lib/report/markdown';
import { AssessmentSchema } from '../../../lib/schema/assessment';
import { main } from '../../../scripts/assess';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { HOSTILE } from './corpus';
import { runPipeline, writeHub } from './pipeline';

/** C0/C1 controls (tab and newline allowed), bidi embeddings/overrides/isolates and marks. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Link targets of `[text](target)` where the `]` is real Markdown, not an escaped `\]` from hub text. */
function linkTargets(md: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++; // an escaped character is text
      continue;
    }
    if (md[i] === ']' && md[i + 1] === '(') {
      const end = md.indexOf(')', i + 2);
      out.push(md.slice(i + 2, end < 0 ? md.length : end));
    }
  }
  return out;
}

/** Markdown/HTML metacharacters that reach the output unescaped, outside our own link syntax and emphasis. */
function unescapedHtml(md: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') i++;
    else if (md[i] === '<' || md[i] === '>') out.push(md.slice(Math.max(0, i - 20), i + 20));
  }
  return out;
}

describe('hostile corpus through the Markdown report', () => {
  it.each(HOSTILE.map((fx) => [fx.name, fx] as const))('%s', async (_name, fx) => {
    const run = await runPipeline(fx);
    for (const view of run.views) {
      if (view.kind !== 'assessment') continue;
      const md = markdownReport(view.assessment, 0);
      expect(md).not.toMatch(INVISIBLE);
      expect(unescapedHtml(md)).toEqual([]);
      for (const target of linkTargets(md)) {
        expect(target, 'link target').toMatch(/^https?:\/\/[^\s()]+$/);
      }
      expect(md.length).toBeLessThan(200_000);
    }
  });
});

describe('Markdown link targets', () => {
  it('a file name with a parenthesis cannot end the link early and start a link of its own', async () => {
    const evil = 'a) [Download the fix](https://evil.example/x';
    const { assess } = await import('../../../lib/openness');
    const { emptyFacts } = await import('../../../lib/schema/model-facts');
    const facts = emptyFacts('huggingface', 'org/m', 'https://huggingface.co/org/m');
    facts.files = { known: true, names: [`${evil}.safetensors`, 'config.json'] };
    facts.access.weights = {
      state: 'present',
      evidence: [
        {
          kind: 'file',
          detail: `${evil}.safetensors`,
          url: `https://huggingface.co/org/m/blob/main/${evil}.safetensors`,
        },
      ],
    };
    const md = markdownReport(assess(facts, { policy: 'osaid', toggles: DEFAULT_SETTINGS.toggles }), 0);
    const targets = linkTargets(md);
    expect(targets.some((t) => t.startsWith('https://huggingface.co/org/m/blob/main/a%29'))).toBe(true);
    expect(targets.filter((t) => t.includes('evil.example') && t.startsWith('https://evil'))).toEqual([]);
    for (const target of targets) expect(target).not.toMatch(/[()\s]/);
  });
});

describe('hostile corpus through the command line', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each(HOSTILE.map((fx) => [fx.name, fx] as const))('%s', async (_name, fx) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ol-hostile-'));
    dirs.push(dir);
    writeHub(dir, fx.hub);
    const run = await runPipeline(fx);
    for (const json of [false, true]) {
      let stdout = '';
      let stderr = '';
      const code = await main(['--snapshot', dir, ...(json ? ['--json'] : []), fx.id], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      expect(stdout + stderr).not.toMatch(INVISIBLE);
      expect(stdout + stderr).not.toContain('\u001b');
      // Without a page the command line has only the hub's answer: an unusable record is a hub error (exit 1).
      if (fx.expect?.unavailable || run.gathered.status !== 'ok') {
        expect(code).toBe(1);
        expect(stderr).toContain(fx.id);
        continue;
      }
      expect(code, stderr).toBe(0);
      if (json) expect(AssessmentSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
      else expect(stdout).toContain('Release tier:');
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
