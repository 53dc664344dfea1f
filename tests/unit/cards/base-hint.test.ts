import { describe, expect, it } from 'vitest';
import { baseHints } from '../../../lib/cards/base-hint';
import { splitUnits } from '../../../lib/cards/blocks';

const hint = (md: string) => baseHints(splitUnits(md))[0]?.id ?? null;

describe('a base model named in prose', () => {
  it('from a link, a code span, or a versioned name', () => {
    expect(hint('This model is a fine-tuned version of [tiny-base](https://huggingface.co/tiny-base) on x.')).toBe(
      'tiny-base',
    );
    expect(hint('Finetuned on top of [o/base-1b](https://huggingface.co/o/base-1b).')).toBe('o/base-1b');
    expect(hint('Based on `base-12b`, it follows instructions.')).toBe('base-12b');
    expect(hint('## Art model, based on Paintnet 2.1 (large)')).toBe('Paintnet 2.1');
    expect(hint('It is a fine-tuned version of the Alpha-4-100B-Base model.')).toBe('Alpha-4-100B-Base');
    expect(hint('Merged with a tool using C:\\models\\orgBase-7B as a base.')).toBe('orgBase-7B');
    expect(hint('A fine-tuned version of [Base](https://modelscope.cn/models/org/Base-7B/summary).')).toBe(
      'org/Base-7B',
    );
  });

  it('needs a model link where the phrase usually names data or architecture', () => {
    expect(hint('It was fine-tuned on [o/m](https://huggingface.co/o/m).')).toBe('o/m');
    expect(hint('It was fine-tuned on our chat data.')).toBeNull();
    expect(hint('The design is based on the transformer architecture.')).toBeNull();
    expect(hint('Starting from a [long model](https://example.org/x), we trained.')).toBeNull();
  });

  it('"based on" names the base only when the model is its subject, not one of its parts', () => {
    expect(hint('Our tokenizer is based on Byte-2 and uses byte-level BPE.')).toBeNull();
    expect(hint('The model uses a vocabulary based on Word-3.')).toBeNull();
    expect(hint('The training code is based on trainer-v2.')).toBeNull();
    expect(hint('Its naming convention is based on Size-7B counts.')).toBeNull();
    expect(hint('This instruction model is based on Alpha-7B-v0.1.')).toBe('Alpha-7B-v0.1');
    expect(hint('It is based on Alpha-7B.')).toBe('Alpha-7B');
    expect(hint('A 2.8 billion parameter model based on `base-2.8b`.')).toBe('base-2.8b');
    expect(baseHints(splitUnits('Widget-Chat is based on Alpha-7B.'), 'org/Widget-Chat')[0]?.id).toBe('Alpha-7B');
  });
});
