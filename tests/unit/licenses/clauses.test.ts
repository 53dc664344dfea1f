import { describe, expect, it } from 'vitest';
import { lookupLicense, readClausesFromText } from '../../../lib/licenses';
import { CLAUSE_IDS, type ClauseId } from '../../../lib/schema/vocabulary';

/**
 * One row per clause: a license in the knowledge base that carries it, and a short excerpt (our own wording,
 * modelled on the real phrase) with the words the quoted sentence must contain.
 */
const TABLE: Record<ClauseId, { license: string; text: string; phrase: string }> = {
  'non-commercial': {
    license: 'cc-by-nc-4.0',
    text: 'Preamble.\n\nThe weights are released FOR NON-COMMERCIAL PURPOSES ONLY. Other uses need a deal.',
    phrase: 'for non-commercial purposes only',
  },
  'research-only': {
    license: 'mrl',
    text: 'You may run the model exclusively for Research Purposes and not inside any product. Thanks.',
    phrase: 'exclusively for research purposes',
  },
  'user-cap': {
    license: 'llama3.1',
    text: 'If your services had more than 700 million monthly active users last month, you must ask us for a license.',
    phrase: '700 million monthly active users',
  },
  'revenue-cap': {
    license: 'stabilityai-ai-community',
    text: 'Commercial use is free while your organisation earns up to USD $1,000,000 in annual revenue. Above it, call us.',
    phrase: 'in annual revenue',
  },
  'use-restrictions': {
    license: 'gemma',
    text: 'Your use must follow the Acceptable Use Policy, which forms part of this agreement.',
    phrase: 'acceptable use policy',
  },
  'output-restriction': {
    license: 'llama2',
    text: 'You shall not use the Materials or any output of them to improve any other large language model.',
    phrase: 'to improve any other large language model',
  },
  naming: {
    license: 'llama3.1',
    text: 'Products that include the model must show “Built with Llama” where users can see it.',
    phrase: 'built with llama',
  },
  'no-derivatives': {
    license: 'cc-by-nd-4.0',
    text: 'This model card is shared under Attribution-NoDerivatives terms. Changed copies may not be shared.',
    phrase: 'noderivatives',
  },
  'share-alike': {
    license: 'cc-by-sa-4.0',
    text: 'Adapted weights must be offered under a ShareAlike license of the same kind.',
    phrase: 'sharealike',
  },
  revocable: {
    license: 'creativeml-openrail-m',
    text: 'The Licensor may **restrict (remotely or otherwise) usage** of the Model that breaks these terms.',
    phrase: 'restrict (remotely or otherwise) usage',
  },
  geographic: {
    license: 'llama3.2',
    text: 'These rights are not granted to a company with a principal place of business in, the European Union.',
    phrase: 'the european union',
  },
  'no-hosting': {
    license: 'falcon-180b-tii-1.0',
    text: 'You may not offer the Work for Hosting Use unless TII grants you a separate license.',
    phrase: 'hosting use',
  },
  'no-resale': {
    license: 'microsoft-research-license',
    text: 'You may not sell the model, on its own or inside a merge.',
    phrase: 'not sell the model',
  },
};

describe('every clause', () => {
  it('has a row', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...CLAUSE_IDS].sort());
  });

  it.each(CLAUSE_IDS.map((id) => [id, TABLE[id]]))('%s is carried by a knowledge-base entry', (id, row) => {
    const entry = lookupLicense(row.license);
    expect(entry).toBeDefined();
    const carried = [...(entry?.clauses ?? []), ...(entry?.conditionalClauses ?? []).map((c) => c.id)];
    expect(carried).toContain(id);
  });

  it.each(CLAUSE_IDS.map((id) => [id, TABLE[id]]))('%s is read from text, with its sentence', (id, row) => {
    const found = readClausesFromText(row.text);
    const clause = found.find((c) => c.id === id);
    expect(clause).toBeDefined();
    expect(clause?.quote.toLowerCase()).toContain(row.phrase);
    expect(clause?.quote).not.toContain('\n');
    expect(clause?.quote.length).toBeLessThanOrEqual(300);
  });
});

describe('sentence quoting', () => {
  it('quotes only the sentence that matched', () => {
    const text = 'First sentence here. Use is limited by the Acceptable Use Policy at all times. Last one.';
    expect(readClausesFromText(text)).toEqual([
      { id: 'use-restrictions', quote: 'Use is limited by the Acceptable Use Policy at all times.' },
    ]);
  });

  it('does not split sentences at abbreviations or section numbers', () => {
    const text = 'See s.1(a) and e.g. the Acceptable Use Policy of Example Inc. which applies. Next.';
    expect(readClausesFromText(text)[0]?.quote).toBe(
      'See s.1(a) and e.g. the Acceptable Use Policy of Example Inc. which applies.',
    );
  });

  it('stops at a blank line or a list item', () => {
    const text = 'Definitions\n\nYou agree to the Acceptable Use Policy\n- and this is another item';
    expect(readClausesFromText(text)[0]?.quote).toBe('You agree to the Acceptable Use Policy');
  });

  it('finds phrases across line breaks, curly quotes, markdown and case', () => {
    const text =
      'You will not use the\n**Llama Materials** to\r\nIMPROVE any   other large\tlanguage model. Products must say ‘Built\nwith Llama’.';
    const ids = readClausesFromText(text).map((c) => c.id);
    expect(ids).toEqual(['output-restriction', 'naming']);
  });

  it('cuts a long sentence to about 300 characters around the phrase and drops control characters', () => {
    const filler = 'and so on '.repeat(80);
    const text = `Intro ${filler}you must comply with\u0000 the Acceptable\u202e Use Policy ${filler}end.`;
    const [clause] = readClausesFromText(text);
    expect(clause?.quote.length).toBeLessThanOrEqual(300);
    expect(clause?.quote).toContain('Acceptable Use Policy');
    expect(clause?.quote).toMatch(/^….*…$/);
    expect(clause?.quote).not.toContain('\u0000');
    expect(clause?.quote).not.toContain('\u202e');
  });

  it('returns each clause once, in vocabulary order', () => {
    const text =
      'The Acceptable Use Policy applies. More than 700 million monthly active users need a license. The Acceptable Use Policy again.';
    expect(readClausesFromText(text).map((c) => c.id)).toEqual(['user-cap', 'use-restrictions']);
  });
});
