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
