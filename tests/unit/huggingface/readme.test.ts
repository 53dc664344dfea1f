import { describe, expect, it } from 'vitest';
import { applyCardReading } from '../../../lib/cards/apply';
import { stripFrontMatter } from '../../../lib/cards/blocks';
import { MAX_SCAN, readCard } from '../../../lib/cards/read-card';
import { emptyFacts } from '../../../lib/schema/model-facts';
import { fixtureText } from './helpers';

/** A README as the Hugging Face adapter reads it: the card reader, then its reading put into (empty) facts. */
function read(text: string, id = 'org/model') {
  const reading = readCard(text, id);
  const facts = emptyFacts('huggingface', id, `https://huggingface.co/${id}`);
  applyCardReading(facts, reading);
  return { reading, facts };
}

describe('README through readCard and applyCardReading', () => {
  it('bert fixture: sections, code link with context, arXiv paper, dataset links, evaluation table', () => {
    const { reading, facts } = read(
      fixtureText('huggingface.co/google-bert/bert-base-uncased/raw/main/README.md'),
      'google-bert/bert-base-uncased',
    );
    expect(reading.sections.map((s) => s.heading)).toEqual([
      'BERT base model (uncased)',
      'Model description',
      'Intended uses and limitations',
      'Training data',
      'Training procedure',
      'Evaluation results',
    ]);
    expect(facts.codeLinks).toHaveLength(1);
    expect(facts.codeLinks[0]?.url).toBe('https://github.com/google-research/bert');
    expect(facts.codeLinks[0]?.context).toMatch(/training and fine-tuning code was released/);
    expect(facts.papers).toEqual([
      {
        kind: 'arxiv',
        id: '1810.04805',
        url: 'https://arxiv.org/abs/1810.04805',
        source: 'readme',
        quote: expect.stringContaining('introduced in') as string,
      },
    ]);
    expect(facts.datasets.map((d) => [d.id, d.role])).toEqual([
      ['bookcorpus', 'training'],
      ['wikipedia', 'training'],
    ]);
    // The training-data section comes first, so caps never drop it.
    expect(facts.docs.sections[0]?.heading).toBe('Training data');
    expect(facts.docs.evaluation?.state).toBe('present');
  });

  it('Llama fixture: a training-data statement naming no dataset is kept as an excerpt', () => {
    const { facts } = read(
      fixtureText('huggingface.co/meta-llama/Llama-3.1-8B-Instruct/raw/main/README.md'),
      'meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(facts.datasets).toEqual([]);
    expect(facts.docs.sections[0]?.excerpt).toContain('publicly available sources');
    expect(facts.docs.trainingData?.kind).toBe('described');
  });

  it('strips YAML front matter, and only a leading one', () => {
    expect(stripFrontMatter('---\nlicense: mit\n---\n# Title\n')).toBe('# Title\n');
    expect(stripFrontMatter('# Title\n---\nx\n---\n')).toBe('# Title\n---\nx\n---\n');
    expect(readCard('---\ntitle: "# not a heading"\n---\n## Real\ntext').sections.map((s) => s.heading)).toEqual([
      'Real',
    ]);
  });

  it('ignores headings inside code fences and reads trailing-hash headings', () => {
    const r = readCard('# One ##\n```\n# not\n```\n## Two\nbody');
    expect(r.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
  });

  it('keeps only http(s) links; javascript: and data: targets are dropped without leaking inner URLs', () => {
    const { reading: r, facts } = read(
      [
        "[click](javascript:alert('https://evil.example/x'))",
        '[img](data:text/html;base64,PHNjcmlwdD4=)',
        '<a href="javascript:fetch(\'https://evil.example/y\')">x</a>',
        '[ok](https://gitlab.com/group/project) and <https://codeberg.org/o/r> and https://bitbucket.org/t/r.',
      ].join('\n'),
    );
    expect(r.links.map((l) => l.url)).toEqual([
      'https://gitlab.com/group/project',
      'https://codeberg.org/o/r',
      'https://bitbucket.org/t/r',
    ]);
    expect(facts.codeLinks.map((c) => c.url)).toHaveLength(3);
  });

  it('classifies paper links the card presents as its own, and evaluation datasets', () => {
    const { facts: r } = read(
      [
        '- Paper: https://arxiv.org/pdf/2310.06825v2.pdf',
        '- Report: https://doi.org/10.1000/xyz123',
        '- Publication: https://aclanthology.org/N19-1423/',
        '',
        'Read our paper at https://openreview.net/forum?id=abc.',
        '',
        'We use rotary embeddings ([Su et al.](https://arxiv.org/abs/2104.09864)).',
        '## Evaluation',
        'Scored on [MMLU](https://huggingface.co/datasets/cais/mmlu/viewer).',
      ].join('\n'),
    );
    expect(r.papers.map((p) => [p.kind, p.id])).toEqual([
      ['arxiv', '2310.06825'],
      ['doi', '10.1000/xyz123'],
      ['url', 'https://aclanthology.org/N19-1423/'],
      ['url', 'https://openreview.net/forum?id=abc'],
    ]);
    expect(r.datasets).toEqual([
      {
        id: 'cais/mmlu',
        role: 'evaluation',
        hub: 'huggingface',
        availability: 'unknown',
        url: 'https://huggingface.co/datasets/cais/mmlu',
        source: 'readme',
        quote: 'Scored on MMLU.',
      },
    ]);
  });

  it('gives a code link the words of its own unit, never the next list item’s', () => {
    const { facts: r } = read(
      ['- Training code: https://github.com/o/train', '- Evaluation code: https://github.com/o/eval'].join('\n'),
    );
    expect(r.codeLinks.map((c) => [c.url, c.role])).toEqual([
      ['https://github.com/o/train', 'training'],
      ['https://github.com/o/eval', 'evaluation'],
    ]);
    expect(r.codeLinks[0]?.context).not.toMatch(/valuation/);
  });

  it('handles a 10 MB README in bounded time and says it was truncated', () => {
    const big = '# Head\n' + 'lorem ipsum [x](https://github.com/o/r) '.repeat(250_000) + '\n## Late\n';
    expect(big.length).toBeGreaterThan(10_000_000);
    const t0 = Date.now();
    const { reading: r, facts } = read(big);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.truncated).toBe(true);
    expect(r.sections.map((s) => s.heading)).toEqual(['Head']);
    expect(facts.codeLinks).toHaveLength(1);
  });

  it('survives pathological inputs quickly', () => {
    const inputs = [
      '#'.repeat(MAX_SCAN),
      '](' + ' '.repeat(500_000),
      'href="' + 'a'.repeat(500_000),
      '['.repeat(300_000) + ']('.repeat(100_000),
      'http://'.repeat(100_000),
    ];
    for (const s of inputs) {
      const t0 = Date.now();
      read(s);
      expect(Date.now() - t0).toBeLessThan(3000);
    }
  });
});
