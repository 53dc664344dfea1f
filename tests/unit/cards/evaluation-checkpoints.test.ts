import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../lib/cards/blocks';
import { readCheckpoints } from '../../../lib/cards/checkpoints';
import { readEvaluation } from '../../../lib/cards/evaluation';
import { cardLinks } from '../../../lib/cards/links';

const ev = (md: string) => readEvaluation(splitUnits(md));
const ck = (md: string) => {
  const units = splitUnits(md);
  return readCheckpoints(units, cardLinks(units));
};

describe('evaluation results', () => {
  it('a table of scores under an evaluation heading, or one whose header names benchmarks', () => {
    expect(ev('## Results\n| Task | Score |\n|---|---|\n| QA | **61.2** |')).toMatchObject({
      state: 'present',
      source: 'table',
    });
    expect(ev('| Model | MMLU | GSM8K |\n|---|---|---|\n| ours | 60.1 | 40.2 |').state).toBe('present');
  });

  it('a score in the text', () => {
    expect(ev('## Evaluation results\nThe model achieves 0.91 AUC on a held-out set.')).toMatchObject({
      state: 'present',
      source: 'text',
    });
    expect(ev('- ours vs theirs: 120-30-90').state).toBe('present');
  });

  it('a number in a limitations or risks section illustrates a caveat, it reports no results', () => {
    expect(ev('## Limitations\nThe model achieves a loss of 2 on hostile prompts.').state).toBe('absent');
    expect(ev('## Bias and risks\nIt scores 40% accuracy on a fairness probe.').state).toBe('absent');
    expect(ev('## Limitations\n### Evaluation\nThe model achieves 61% accuracy on a probe.').state).toBe('present');
  });

  it('training logs, parameter tables and links are not results; images alone are image-only', () => {
    expect(ev('### Training results\n| Epoch | Loss |\n|---|---|\n| 1 | 2.3 |').state).toBe('absent');
    expect(ev('## Speed Benchmark\nTODO\n## Model\n| Part | Params |\n|---|---|\n| unet | 67 |').state).toBe('absent');
    expect(ev('## Evaluation\nSee the [leaderboard](https://example.org/lb).').state).toBe('absent');
    expect(
      ev('## Evaluation\n![chart](https://example.org/chart.png)\nThe chart above compares models.'),
    ).toMatchObject({ state: 'image-only' });
  });
});

describe('intermediate checkpoints', () => {
  it('a statement that intermediate checkpoints are released, or a revision named by step', () => {
    expect(ck('We release 120 checkpoints per model, hosted as branches.')?.quote).toContain('120 checkpoints');
    expect(ck('We are releasing all code, checkpoints, and logs.')).toBeDefined();
    expect(ck('- `step5000`: the checkpoint before annealing.')).toBeDefined();
    expect(ck('## Last checkpoints\n| [Checkpoint 9](https://huggingface.co/o/m/tree/ckpt_9) |')?.quote).toBe(
      'Last checkpoints',
    );
  });

  it('final weights, other sizes and base/instruct versions are not intermediate checkpoints', () => {
    expect(ck('We release model checkpoints for both the base and instruct versions.')).toBeUndefined();
    expect(ck('The int8 checkpoint is in this repository.')).toBeUndefined();
    expect(ck('We release multiple pre-trained checkpoints and training logs.')).toBeUndefined();
  });

  it('a branch alone is not intermediate: branches or revisions per step or per checkpoint are', () => {
    expect(ck('The final checkpoint is available on the main branch.')).toBeUndefined();
    expect(
      ck('Checkpoints for the small and large sizes are available on the branches main and chat.'),
    ).toBeUndefined();
    expect(ck('Training checkpoints are available as separate revisions.')).toBeDefined();
    expect(ck('Each checkpoint is uploaded to its own branch, one every few hours.')).toBeDefined();
    expect(ck('Checkpoints are published as step branches of this repository.')).toBeDefined();
    expect(ck('We release intermediate checkpoints from the whole run.')).toBeDefined();
    expect(ck('We upload checkpoints every 5,000 steps.')).toBeDefined();
  });
});
