import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../lib/cards/blocks';
import { cardLinks } from '../../../lib/cards/links';
import { readTrainingData } from '../../../lib/cards/training-data';

function read(md: string) {
  const units = splitUnits(md);
  return readTrainingData(units, cardLinks(units));
}
const ids = (md: string) => read(md).datasets.map((d) => [d.id, d.role]);

describe('training data', () => {
  it('names datasets from links: training by their words, evaluation under an evaluation heading', () => {
    expect(
      ids(
        'Fine-tuned on [chats](https://huggingface.co/datasets/o/chats).\n## Evaluation\n[b](https://huggingface.co/datasets/o/bench)',
      ),
    ).toEqual([
      ['o/chats', 'training'],
      ['o/bench', 'evaluation'],
    ]);
  });

  it('example images and code are not training data', () => {
    expect(
      ids(
        '![x](https://huggingface.co/datasets/o/images/resolve/main/cat.png)\n```\nload("https://huggingface.co/datasets/o/d")\n```',
      ),
    ).toEqual([]);
  });

  it('a competition page named as the source of the training data', () => {
    expect(ids('The training data comes from this [competition](https://www.kaggle.com/c/some-task/data).')).toEqual([
      ['some-task', 'training'],
    ]);
  });

  it('names from a list the card introduces as its training data, inline or as items', () => {
    expect(
      ids('Our pre-training dataset contains AlphaWeb, a subset of BetaBooks, and Gamma v2, in total 1T tokens.').map(
        (x) => x[0],
      ),
    ).toEqual(['AlphaWeb', 'BetaBooks', 'Gamma v2']);
    expect(
      ids(
        '## Training data\nThe corpus is composed of the following sets:\n- AlphaWeb, a crawl\n- In 2 TB of text',
      ).map((x) => x[0]),
    ).toEqual(['AlphaWeb']);
  });

  it('a hub dataset link is training data only when its clause or heading speaks of training', () => {
    expect(
      ids('See also our new [preference dataset](https://huggingface.co/datasets/o/prefs), out this week.'),
    ).toEqual([]);
    expect(ids('Try the model on these [example images](https://huggingface.co/datasets/o/examples).')).toEqual([]);
    expect(ids('The model was aligned on [the feedback set](https://huggingface.co/datasets/o/fb).')).toEqual([
      ['o/fb', 'training'],
    ]);
    expect(
      ids('## Data and mix\n| Source | Tokens |\n|---|---|\n| [web](https://huggingface.co/datasets/o/web) | 2B |'),
    ).toEqual([['o/web', 'training']]);
  });

  it('attributes each link by the clause that holds it', () => {
    expect(
      ids(
        'We trained on [Alpha](https://huggingface.co/datasets/o/alpha) and evaluated on [Beta](https://huggingface.co/datasets/o/beta).',
      ),
    ).toEqual([
      ['o/alpha', 'training'],
      ['o/beta', 'evaluation'],
    ]);
    expect(
      ids(
        'It was fine-tuned on [A](https://huggingface.co/datasets/o/a), [B](https://huggingface.co/datasets/o/b) and [C](https://huggingface.co/datasets/o/c).',
      ).map((x) => x[1]),
    ).toEqual(['training', 'training', 'training']);
  });

  it('list names look like dataset names, not parts of a document or words of a warning', () => {
    expect(ids('Training data details are available in our paper, Section 3 and Appendix B.')).toEqual([]);
    expect(ids('## Training data\nDetails of the data are in Table 2, Figure 4 and Chapter 5.')).toEqual([]);
    expect(ids('The training data comprises Section 2, Appendix C and Table 3 of the report.')).toEqual([]);
    expect(
      ids(
        '## Training data\nThe data may hold offensive text, as parts of the data are a subset of public Web pages, along with a subset of Forum posts.',
      ),
    ).toEqual([]);
    expect(ids('The training datasets are AlphaWeb, BetaBooks and Gamma.').map((x) => x[0])).toEqual([
      'AlphaWeb',
      'BetaBooks',
      'Gamma',
    ]);
    expect(
      ids(
        '## Training data\nIt is the union of the following 3 filtered datasets:\n- AlphaBooks that holds novels\n- Beta.io Forum dataset that was built in 2020\n- GammaNews containing news',
      ).map((x) => x[0]),
    ).toEqual(['AlphaBooks', 'Beta.io Forum', 'GammaNews']);
  });

  it('a concrete description, vague words, or nothing', () => {
    expect(read('The model was trained on 2 trillion tokens of web pages and code.').description?.kind).toBe(
      'described',
    );
    expect(read('We filtered the pre-training data for unsafe content.').description?.kind).toBe('vague');
    expect(read('This model is a fine-tuned version of org/base on an unknown dataset.').description).toBeUndefined();
    expect(read('It was fine-tuned on org/base-model.').description).toBeUndefined();
    expect(read('Learn how to produce high-quality training data for your own models.').description).toBeUndefined();
  });
});
