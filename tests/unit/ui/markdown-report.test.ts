/** "Copy as Markdown": what a person pastes into an issue must read cleanly and carry the verdict and evidence. */
import { describe, expect, it } from 'vitest';
import { markdownReport } from '@/lib/report/markdown';
import { llamaFacts } from '../components/helpers';
import { facts, license, pipeline, run } from '../openness/builder';

describe('the Markdown report', () => {
  it('names the model, the verdict, the clauses and the evidence, with ids left readable', () => {
    const md = markdownReport(run(llamaFacts()), Date.UTC(2026, 10, 27));
    expect(md).toContain('[meta-llama/Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)');
    expect(md).toMatch(/\*\*Release tier:\*\* Downloadable/);
    expect(md).toMatch(/Not open source/);
    expect(md).toMatch(/Clause: \*\*User cap\*\*/);
    expect(md).toContain('model-00001-of-00004.safetensors');
    expect(md).toContain('2026-11-27T00:00:00.000Z');
  });

  it('escapes what would become markup or a link, wherever hub text appears', () => {
    const evil = '*bold* [click](javascript:alert(1)) <img src=x onerror=alert(1)> | a |';
    const md = markdownReport(run(facts('org/m', license('other', { name: evil }))), 0);
    // The text reached the report, inert.
    expect(md).toContain('\\*bold\\* \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img');
    expect(md).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toContain('](javascript:');
  });
});

describe('clauses the text leaves open or limits', () => {
  it('says why a clause is unclear and which models a conditional clause covers', () => {
    const text =
      'For multimodal models, the rights are not granted in the EU. Derivatives you share remain subject to this license.';
    const withText = license('other', { name: 'Example License', text, textSource: 'LICENSE' });
    const md = markdownReport(run(facts('org/m', withText, pipeline('image-text-to-text'))), 0);
    expect(md).toMatch(/Clause: \*\*Share-alike\*\* \(unclear: Changed versions stay under this license/i);
    expect(md).toMatch(/Clause: \*\*[^*]*\*\* \(Applies to multimodal models only/);
  });
});

describe('hub text at the start of a report line', () => {
  it.each(['# Heading', '- item', '+ item', '=== rule', '1. first', '2) second', '  # indented'])(
    'cannot make a block: %s',
    async (name) => {
      const { escapeMarkdown } = await import('@/lib/report/markdown');
      const out = escapeMarkdown(name);
      expect(out.trimStart().startsWith('\\') || /^\s*\d+\\[.)]/.test(out)).toBe(true);
    },
  );
});
