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
  });

  it('needs a model link where the phrase usually names data or architecture', () => {
    expect(hint('It was fine-tuned on [o/m](https://huggingface.co/o/m).')).toBe('o/m');
    expect(hint('It was fine-tuned on our chat data.')).toBeNull();
    expect(hint('The design is based on the transformer architecture.')).toBeNull();
    expect(hint('Starting from a [long model](https://example.org/x), we trained.')).toBeNull();
  });
});
