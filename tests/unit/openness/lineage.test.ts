import { describe, expect, it } from 'vitest';
import { message } from '../../../lib/catalogue';
import { base, codes, dataset, facts, files, gate, license, openModel, run, section, unresolvedBase } from './builder';

const llamaBase = () =>
  facts(
    'meta-llama/Llama-3.1-8B',
    license('llama3.1'),
    gate('manual'),
    files('config.json', 'model.safetensors'),
    section(
      'Training Data',
      'Llama 3.1 was pretrained on ~15 trillion tokens of data from publicly available sources.',
    ),
  );

describe('lineage', () => {
  it('a fine-tune of gated Llama 3.1 claiming apache-2.0 carries the Llama clauses and training-data gap', () => {
    const model = facts('org/llama-ft', license('apache-2.0'), files('model.safetensors'), base(llamaBase()));
    const result = run(model);
    expect(result.license.clauses).toEqual(
      ['user-cap', 'use-restrictions', 'naming'].map((id) => ({
        id,
        source: 'base-model',
        from: 'meta-llama/Llama-3.1-8B',
      })),
    );
    const data = result.components['training-data'];
    expect(data.status).toBe('missing');
    expect(data.evidence[0]).toEqual({
      kind: 'base-model',
      detail: 'meta-llama/Llama-3.1-8B',
      url: 'https://huggingface.co/meta-llama/Llama-3.1-8B',
    });
    expect(data.inheritedFrom).toBe('meta-llama/Llama-3.1-8B');
    expect(result.verdicts.osaid.open).toBe(false);
    expect(result.verdicts['open-weights'].caveats).toEqual(['user-cap', 'use-restrictions', 'naming']);
    expect(result.lineage[0]).toMatchObject({
      id: 'meta-llama/Llama-3.1-8B',
      relation: 'finetune',
      status: 'resolved',
      license: { ids: ['llama3.1'] },
      clauses: ['user-cap', 'use-restrictions', 'naming'],
      gaps: ['training-data'],
    });
  });

  it('a derivative whose license lacks its base’s clauses is warned as looser than its base', () => {
    const model = facts('org/llama-ft', license('apache-2.0'), base(llamaBase()));
    const warning = run(model).warnings.find((w) => w.code === 'looser-than-base');
    expect(warning?.params).toMatchObject({
      base: 'meta-llama/Llama-3.1-8B',
      clauses: 'user-cap, use-restrictions, naming',
    });
    expect(message(warning!)).toContain('lacks terms its base meta-llama/Llama-3.1-8B carries');
  });

  it('a derivative under the same license as its base gets no looser warning', () => {
    const model = facts('org/llama-ft', license('llama3.1'), base(llamaBase()));
    expect(codes(run(model).warnings)).not.toContain('looser-than-base');
  });

  it('own released fine-tuning data on a base without released data is partial', () => {
    const model = facts('org/ft', license('apache-2.0'), dataset('org/sft', 'public'), base(llamaBase()));
    const data = run(model).components['training-data'];
    expect(data.status).toBe('partial');
    expect(data.evidence.map((e) => e.detail)).toEqual(['meta-llama/Llama-3.1-8B', 'org/sft']);
  });

  it('a quantized copy of a fully open model inherits its released data', () => {
    const model = facts(
      'org/open-gguf',
      license('apache-2.0'),
      files('model.Q4_K_M.gguf'),
      base(openModel(), 'quantized'),
    );
    expect(run(model).components['training-data'].status).toBe('present');
  });

  it('a quantized copy of Llama carries its clauses', () => {
    const model = facts('org/llama-gguf', license('llama3.1'), files('model.gguf'), base(llamaBase(), 'quantized'));
    const result = run(model);
    expect(result.components['training-data'].status).toBe('missing');
    expect(result.lineage[0]?.relation).toBe('quantized');
  });

  it('a merge takes the union of its bases’ clauses and gaps', () => {
    const gemma = facts('google/gemma-7b', license('gemma'), section('Training data', 'A mix of proprietary data.'));
    const model = facts('org/merge', license('apache-2.0'), base(openModel('org/open'), 'merge'), base(gemma, 'merge'));
    const result = run(model);
    expect(result.license.clauses.map((c) => [c.id, c.from])).toEqual([
      ['use-restrictions', 'google/gemma-7b'],
      ['revocable', 'google/gemma-7b'],
    ]);
    expect(result.components['training-data']).toMatchObject({ status: 'missing', inheritedFrom: 'google/gemma-7b' });
  });

  it('an unresolved base: lineage entry unresolved with the reason; inherited facts unknown, not missing', () => {
    const model = facts('org/orphan', license('mit'), files('model.safetensors'), unresolvedBase('org/deleted'));
    const result = run(model);
    expect(result.lineage[0]).toMatchObject({
      id: 'org/deleted',
      status: 'unresolved',
      reason: { code: 'base-not-found', params: { id: 'org/deleted' } },
    });
    expect(result.components['training-data']).toMatchObject({
      status: 'unknown',
      reason: { code: 'inherited-unknown', params: { base: 'org/deleted', component: 'training-data' } },
    });
    expect(result.missing).not.toContain('training-data');
    expect(result.warnings).toContainEqual({ code: 'base-unresolved', params: { base: 'org/deleted' } });
  });

  it('an unresolved base keeps the model’s own quoted finding as the reason when that finding decides the status', () => {
    const vague = facts('org/vague', license('mit'), unresolvedBase('org/deleted'), (f) => {
      f.docs.card = 'present';
      f.docs.trainingData = { kind: 'vague', quote: 'We filtered the training data.' };
    });
    expect(run(vague).components['training-data']).toMatchObject({
      status: 'missing',
      reason: { code: 'training-data-vague' },
      evidence: expect.arrayContaining([{ kind: 'base-model', detail: 'org/deleted' }]) as unknown,
    });
    const described = facts('org/described', license('mit'), unresolvedBase('org/deleted'), (f) => {
      f.docs.card = 'present';
      f.docs.trainingData = { kind: 'described', quote: 'Trained on 2T tokens of news.' };
    });
    expect(run(described).components['training-data']).toMatchObject({
      status: 'unknown',
      reason: { code: 'training-data-described' },
    });
  });

  it('a declared base the adapter did not follow is unresolved', () => {
    const model = facts('org/ft', license('mit'));
    model.baseModels.push({ id: 'org/elsewhere', relation: 'adapter' });
    expect(run(model).lineage).toEqual([
      expect.objectContaining({ id: 'org/elsewhere', status: 'unresolved', reason: { code: 'base-not-followed' } }),
    ]);
  });

  it('clauses carry down more than one level, named by the base they come from', () => {
    const middle = facts('org/middle', license('llama3.1'));
    const model = facts('org/leaf', license('mit'), base(middle), base(llamaBase(), 'finetune', 'org/middle', 2));
    const result = run(model);
    expect(result.lineage.map((entry) => [entry.id, entry.depth])).toEqual([
      ['org/middle', 1],
      ['meta-llama/Llama-3.1-8B', 2],
    ]);
    expect(result.components['training-data'].status).toBe('missing');
    expect(result.license.clauses.every((c) => c.source === 'base-model' && c.from === 'org/middle')).toBe(true);
  });

  it('cyclic lineage data does not loop', () => {
    const a = facts('org/a', license('llama3.1'));
    const b = facts('org/b', license('mit'));
    const model = facts(
      'org/leaf',
      license('mit'),
      base(a),
      base(b, 'finetune', 'org/a', 2),
      base(a, 'finetune', 'org/b', 3),
    );
    model.lineage.push({
      id: 'org/leaf',
      relation: 'finetune',
      parent: 'org/b',
      depth: 3,
      status: 'resolved',
      facts: a,
    });
    const result = run(model);
    expect(result.lineage.map((entry) => entry.id)).toEqual(['org/a', 'org/b']);
    expect(result.license.clauses.map((c) => c.id)).toEqual(['user-cap', 'use-restrictions', 'naming']);
  });

  it('with the inherit toggle off, inherited facts are shown but do not change verdicts', () => {
    const model = facts('org/llama-ft', license('apache-2.0'), files('model.safetensors'), base(llamaBase()));
    const off = run(model, { inheritFromBase: false });
    expect(off.lineage[0]?.clauses).toEqual(['user-cap', 'use-restrictions', 'naming']);
    expect(off.license.clauses).toEqual([]);
    expect(off.components['training-data'].inheritedFrom).toBeUndefined();
    expect(off.verdicts['open-weights'].caveats).toEqual([]);
    expect(codes(off.warnings)).toContain('looser-than-base');
  });
});
