import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../lib/cards/blocks';
import { codeRoleOf } from '../../../lib/cards/code-roles';
import { cardLinks } from '../../../lib/cards/links';

/** The role of every link in a small card, in order. */
function roles(md: string): [string, string, boolean][] {
  const units = splitUnits(md);
  return cardLinks(units).map((link) => {
    const r = codeRoleOf(link, units[link.unitIndex + 1]);
    return [link.url.replace('https://github.com/', ''), r.role, r.pretraining];
  });
}

describe('code link roles, smallest unit first', () => {
  it('list items do not lend their words to each other', () => {
    expect(roles('- Training code: https://github.com/o/train\n- Evaluation code: https://github.com/o/eval')).toEqual([
      ['o/train', 'training', false],
      ['o/eval', 'evaluation', false],
    ]);
  });

  it('a fine-tuning script offered to users is not training code', () => {
    expect(roles('You can fine-tune the model with the [example](https://github.com/o/ft) we provide.')).toEqual([
      ['o/ft', 'fine-tuning', false],
    ]);
    expect(roles('- Further fine-tuning code: https://github.com/o/more')[0]?.[1]).toBe('fine-tuning');
  });

  it('inference examples and general libraries are not training code', () => {
    expect(roles('## Usage\nRun it with the [demo](https://github.com/o/demo).')[0]?.[1]).toBe('inference');
    expect(roles('## Training\nWe aligned it with [TRL](https://github.com/huggingface/trl).')[0]?.[1]).toBe('other');
    expect(roles('- Software: [PyTorch](https://github.com/pytorch/pytorch)')[0]?.[1]).toBe('other');
  });

  it('"Software:" alone is no training label; a training heading around it is', () => {
    expect(roles('## Model Details\n- **Software:** [our serving stack](https://github.com/o/serve)')[0]?.[1]).not.toBe(
      'training',
    );
    expect(roles('## Specs\n* Software:\n    * Trainer ([GitHub](https://github.com/o/trainer))')[0]?.[1]).toBe(
      'other',
    );
    expect(roles('## Training\n- Software: [OurTrainer](https://github.com/o/trainer)')[0]?.[1]).toBe('training');
  });

  it('a general library under the template’s Model Sources → Repository is not training code', () => {
    expect(roles('### Model Sources\n- **Repository:** https://github.com/huggingface/transformers')[0]?.[1]).toBe(
      'other',
    );
  });

  it('"trained with <link>" and a labelled framework are training code; pretraining is flagged', () => {
    expect(roles('The model was trained using [our stack](https://github.com/o/stack).')[0]?.[1]).toBe('training');
    expect(roles('- Training framework: [Fw](https://github.com/o/fw)')[0]?.[1]).toBe('training');
    expect(roles('- **Pretraining** [Code](https://github.com/o/pt)')[0]).toEqual(['o/pt', 'training', true]);
  });

  it('the clause that holds the link speaks before the rest of its sentence', () => {
    expect(roles('Users can fine-tune it; the model was trained with [our code](https://github.com/o/train).')).toEqual(
      [['o/train', 'training', false]],
    );
    expect(roles('You can fine-tune the model with [our scripts](https://github.com/o/ft).')[0]?.[1]).toBe(
      'fine-tuning',
    );
  });

  it('the tool that made a merge is the code that produced it', () => {
    expect(roles('A merge of two models made with [mergetool](https://github.com/o/m).')[0]?.[1]).toBe('training');
  });

  it('the template’s Model Sources → Repository names the model’s source code', () => {
    expect(roles('### Model Sources\n- **Repository:** https://github.com/o/src')[0]?.[1]).toBe('training');
    expect(roles('### Summary\n- **GitHub Repository:** https://github.com/o/src')[0]?.[1]).toBe('other');
  });

  it('a table row’s first cell, or its column’s header, labels its links', () => {
    expect(
      roles(
        '| Resource | Link |\n|---|---|\n| Training code | https://github.com/o/train |\n| Inference | https://github.com/o/infer |',
      ).map((r) => r[1]),
    ).toEqual(['training', 'inference']);
    expect(
      roles(
        '| Model | Evaluation code | Weights |\n|---|---|---|\n| Small | [here](https://github.com/o/ev) | yes |',
      )[0]?.[1],
    ).toBe('evaluation');
    expect(roles('| Name | Notes |\n|---|---|\n| [Widget](https://github.com/o/w) | a tool |')[0]?.[1]).toBe('other');
  });

  it('falls back to the heading only when the unit says nothing', () => {
    expect(roles('## Training\nMore: https://github.com/o/x')[0]?.[1]).toBe('training');
    expect(roles('## Training data\nSee https://github.com/o/data')[0]?.[1]).toBe('other');
  });

  it('a bare link takes the words of the paragraph after it', () => {
    expect(roles('https://github.com/o/p\n\nThis project aims to pretrain a small model.')[0]).toEqual([
      'o/p',
      'training',
      true,
    ]);
  });

  it('known harnesses are evaluation code, also in a setup script under an evaluation heading', () => {
    expect(roles('## Evaluation\n```\ngit clone https://github.com/o/lm-evaluation-harness\n```')[0]?.[1]).toBe(
      'evaluation',
    );
    expect(roles('- [Metrics](https://github.com/o/metrics)')[0]?.[1]).toBe('evaluation');
  });

  it('image files and license files on a code host are not code', () => {
    expect(roles('Trained with ![logo](https://github.com/o/r/blob/main/logo.png?raw=true)')[0]?.[1]).toBe('other');
  });
});
