import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../lib/cards/blocks';
import { cardLinks } from '../../../lib/cards/links';
import { namesOtherVersion, readPapers } from '../../../lib/cards/papers';

function own(md: string, model = 'org/Widget-2-7B') {
  const units = splitUnits(md);
  return readPapers(units, cardLinks(units), model);
}

describe('the model’s own paper', () => {
  it('a link labelled Paper, "our paper", "the technical report", "introduced in"', () => {
    expect(own('- Paper: https://arxiv.org/abs/2401.00001').own.map((p) => p.id)).toEqual(['2401.00001']);
    expect(own('Details are in our [paper](https://arxiv.org/abs/2401.00002).').own).toHaveLength(1);
    expect(own('See the [technical report](https://example.org/report).').own[0]).toMatchObject({ kind: 'url' });
    expect(own('Widget was introduced in [A Title](https://arxiv.org/abs/2401.00003).').own).toHaveLength(1);
  });

  it('cited related work is not its own paper', () => {
    const r = own(
      [
        'We use rotary embeddings ([Su et al.](https://arxiv.org/abs/2104.09864)).',
        '## Model Architecture',
        'Modified from another model (see [paper](https://arxiv.org/abs/1909.08053)).',
        '## Training data',
        'See the [dataset paper](https://arxiv.org/abs/2101.00027).',
        '| Data | Source |',
        '|---|---|',
        '| Pairs | [paper](https://arxiv.org/abs/1904.06472) |',
      ].join('\n'),
    );
    expect(r.own).toEqual([]);
    expect([...r.mentioned].sort()).toEqual(['1904.06472', '1909.08053', '2101.00027', '2104.09864']);
  });

  it('"introduced in" and "see the paper" make a paper the model’s own only when the model is their subject', () => {
    const ids = (md: string) => own(md).own.map((p) => p.id);
    expect(ids('We use the method introduced in [LoRA](https://arxiv.org/abs/2401.00011).')).toEqual([]);
    expect(ids('For details on RoPE see the paper [RoFormer](https://arxiv.org/abs/2401.00012).')).toEqual([]);
    expect(
      ids('Rotary embeddings are described further in this paper: [RoFormer](https://arxiv.org/abs/2401.00020).'),
    ).toEqual([]);
    expect(ids('We use rotary embeddings (see the [RoFormer paper](https://arxiv.org/abs/2401.00013)).')).toEqual([]);
    expect(ids('The loss, as described in [Smith et al.](https://arxiv.org/abs/2401.00014), is used.')).toEqual([]);
    expect(ids('This model was first introduced in [A Title](https://arxiv.org/abs/2401.00015).')).toEqual([
      '2401.00015',
    ]);
    expect(ids('It was proposed in [A Title](https://arxiv.org/abs/2401.00016).')).toEqual(['2401.00016']);
    expect(ids('In [A Title](https://arxiv.org/abs/2401.00017) we introduce a family of small models.')).toEqual([
      '2401.00017',
    ]);
    expect(ids('Read more in the [Widget 2 paper](https://arxiv.org/abs/2401.00018).')).toEqual(['2401.00018']);
    expect(ids('See [the paper](https://arxiv.org/abs/2401.00019) for an in-depth discussion.')).toEqual([
      '2401.00019',
    ]);
  });

  it('reads the BibTeX of the citation section, not a dataset’s or a predecessor’s', () => {
    const bib = (title: string, id: string) => `@misc{k, title={${title}}, eprint={${id}}, archivePrefix={arXiv}}`;
    const r = own(
      [
        '## Citation',
        '```bibtex',
        bib('Widget 2: Small Models', '2402.11111'),
        bib('The Big Web Dataset', '2402.22222'),
        bib('Widget 1.5 Technical Report', '2402.33333'),
        '```',
      ].join('\n'),
    );
    expect(r.own.map((p) => p.id)).toEqual(['2402.11111']);
    expect(r.own[0]?.quote).toBe('Widget 2: Small Models');
  });

  it('tells a predecessor’s report by its version, and ignores sizes', () => {
    expect(namesOtherVersion('Widget 1.5 Technical Report', 'org/Widget-2-7B')).toBe(true);
    expect(namesOtherVersion('Widget-130B to Widget-2', 'org/Widget-2-7B')).toBe(false);
    expect(namesOtherVersion('Widget 1 Report', 'org/Widget-7B')).toBe(false);
  });
});
