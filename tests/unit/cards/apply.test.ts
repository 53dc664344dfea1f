import { describe, expect, it } from 'vitest';
import { applyCardReading } from '../../../lib/cards/apply';
import { readCard } from '../../../lib/cards/read-card';
import { modelIndexHasResults } from '../../../lib/hubs/huggingface/record';
import { emptyFacts, ModelFactsSchema, type ModelFacts } from '../../../lib/schema/model-facts';

function applied(md: string, edit: (f: ModelFacts) => void = () => {}, id = 'org/widget') {
  const facts = emptyFacts('huggingface', id, `https://huggingface.co/${id}`);
  edit(facts);
  applyCardReading(facts, readCard(md, id));
  expect(ModelFactsSchema.safeParse(facts).success).toBe(true);
  return facts;
}

describe('applyCardReading', () => {
  it('keeps an arXiv tag only when the card cites it as its own paper, or never cites it', () => {
    const facts = applied(
      '- Paper: https://arxiv.org/abs/2401.00001\n\nWe use a trick ([Doe](https://arxiv.org/abs/2101.00002)).',
      (f) => {
        for (const id of ['2401.00001', '2101.00002', '2301.00003'])
          f.papers.push({ kind: 'arxiv', id, url: `https://arxiv.org/abs/${id}`, source: 'tag' });
      },
    );
    expect(facts.papers.map((p) => [p.id, p.quote])).toEqual([
      ['2401.00001', 'Paper: https://arxiv.org/abs/2401.00001'],
      ['2301.00003', undefined],
    ]);
  });

  it('prunes only the hub’s derived tags: a paper the hub’s record names itself stays', () => {
    const facts = applied(
      'We use a trick ([Doe](https://arxiv.org/abs/2101.00002)) described at https://arxiv.org/abs/2401.00004 .',
      (f) => {
        f.papers.push({ kind: 'arxiv', id: '2101.00002', url: 'https://arxiv.org/abs/2101.00002', source: 'tag' });
        f.papers.push({ kind: 'arxiv', id: '2401.00004', url: 'https://arxiv.org/abs/2401.00004', source: 'api' });
      },
    );
    expect(facts.papers.map((p) => [p.id, p.source])).toEqual([['2401.00004', 'api']]);
  });

  it('a dataset on a hub keeps its hub and page, whichever hub the link points at', () => {
    const facts = applied(
      'Trained on [chats](https://modelscope.cn/datasets/o/chats/summary) and [web](https://huggingface.co/datasets/o/web/tree/main).',
    );
    expect(facts.datasets.map((d) => [d.id, d.hub, d.url])).toEqual([
      ['o/chats', 'modelscope', 'https://modelscope.cn/datasets/o/chats'],
      ['o/web', 'huggingface', 'https://huggingface.co/datasets/o/web'],
    ]);
  });

  it('a quantized copy does not claim the paper its embedded original card cites', () => {
    const facts = applied(
      'This repo contains GGUF model files for Widget.\n\nRead our [paper](https://arxiv.org/abs/2401.1).',
    );
    expect(facts.papers).toEqual([]);
  });

  it('code roles: pretraining code of a fine-tune is its base’s, not its own training code', () => {
    const md = '- **Pretraining** [Code](https://github.com/o/pt)\n- Training code: https://github.com/o/ft';
    const own = applied(md).codeLinks.map((l) => [l.url, l.role]);
    expect(own).toEqual([
      ['https://github.com/o/pt', 'training'],
      ['https://github.com/o/ft', 'training'],
    ]);
    const tuned = applied(md, (f) => f.baseModels.push({ id: 'o/base', relation: 'finetune' }));
    expect(tuned.codeLinks.map((l) => [l.url, l.role])).toEqual([
      ['https://github.com/o/pt', 'other'],
      ['https://github.com/o/ft', 'training'],
    ]);
  });

  it('evaluation: the record’s model-index wins; else the card’s table, text or images', () => {
    expect(applied('## Results\n![c](https://example.org/c.png)').docs).toMatchObject({
      evaluationResults: false,
      evaluation: { state: 'image-only', source: 'image' },
    });
    expect(applied('', (f) => (f.docs.evaluationResults = true)).docs.evaluation).toEqual({
      state: 'present',
      source: 'model-index',
    });
  });

  it('checkpoints, training-data description and a base hint only when the metadata names no base', () => {
    const md =
      'A fine-tuned version of [o/base-1b](https://huggingface.co/o/base-1b). It was trained on 3B tokens of news.\n\nWe release all checkpoints as branches.';
    const facts = applied(md);
    expect(facts.docs.checkpoints?.quote).toBe('We release all checkpoints as branches.');
    expect(facts.docs.trainingData?.kind).toBe('described');
    expect(facts.baseModelHints).toEqual([
      { id: 'o/base-1b', quote: expect.stringContaining('fine-tuned version') as string },
    ]);
    expect(
      applied(md, (f) => f.baseModels.push({ id: 'o/base-1b', relation: 'finetune' })).baseModelHints,
    ).toBeUndefined();
  });
});

describe('model-index', () => {
  it('counts as results only when some entry has non-empty results', () => {
    expect(modelIndexHasResults([{ name: 'm', results: [] }])).toBe(false);
    expect(modelIndexHasResults([{ name: 'm' }, { results: [{ task: {} }] }])).toBe(true);
    expect(modelIndexHasResults('junk')).toBe(false);
    expect(modelIndexHasResults(null)).toBe(false);
  });
});
