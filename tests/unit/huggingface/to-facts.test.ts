import { describe, expect, it } from 'vitest';
import { ModelFactsSchema } from '../../../lib/schema/model-facts';
import { recordToFacts } from '../../../lib/hubs/huggingface/to-facts';
import { parseModelRecord } from '../../../lib/hubs/huggingface/record';
import { isWeightFile, weightFiles } from '../../../lib/facts/weight-files';
import { apiRecord } from './helpers';

const facts = (id: string) => recordToFacts(apiRecord(id));

describe('weight file detection', () => {
  it('recognises weight formats and skips training state and indexes', () => {
    for (const f of [
      'model-00001-of-00004.safetensors',
      'pytorch_model.bin',
      'original/consolidated.00.pth',
      'model.ckpt',
      'llama-q4_0.gguf',
      'ggml-model-f16.ggml',
      'onnx/decoder_model.onnx',
      'tf_model.h5',
      'model.keras',
      'flax_model.msgpack',
      '64-fp16.tflite',
      'coreml/fill-mask/float32_model.mlpackage/Data/com.apple.CoreML/model.mlmodel',
      'model.nemo',
      'rust_model.ot',
      'weights.npz',
    ]) {
      expect(isWeightFile(f), f).toBe(true);
    }
    for (const f of [
      'training_args.bin',
      'checkpoint-500/optimizer.pt',
      'model.safetensors.index.json',
      'config.json',
      'tokenizer.model',
      'README.md',
      'LICENSE',
    ]) {
      expect(isWeightFile(f), f).toBe(false);
    }
  });

  it('keeps file order', () => {
    expect(weightFiles(['README.md', 'b.safetensors', 'a.bin'])).toEqual(['b.safetensors', 'a.bin']);
  });
});

describe('record → facts', () => {
  it('Llama 3.1 8B Instruct: gated, llama3.1 with the gate prompt as text, weight files, base model from tags', () => {
    const f = facts('meta-llama/Llama-3.1-8B-Instruct');
    expect(f.access).toMatchObject({ status: 'public', gate: 'manual' });
    expect(f.access.weights.state).toBe('present');
    expect(f.access.weights.evidence[0]).toMatchObject({ kind: 'file', detail: 'model-00001-of-00004.safetensors' });
    expect(f.access.weights.evidence.map((e) => e.detail)).toContain('original/consolidated.00.pth');
    expect(f.licenses).toHaveLength(1);
    expect(f.licenses[0]).toMatchObject({ id: 'llama3.1', source: 'card', textSource: 'gate-prompt' });
    expect(f.licenses[0]?.text).toContain('700 million monthly active users');
    expect(f.licenses[0]?.text).toContain('Built with Llama');
    // The card names the old id; the Hub's tag carries the current one and the relation.
    expect(f.baseModels).toEqual([{ id: 'meta-llama/Llama-3.1-8B', relation: 'finetune' }]);
    expect(f.datasets).toEqual([]);
    expect(f.papers).toEqual([
      { kind: 'arxiv', id: '2204.05149', url: 'https://arxiv.org/abs/2204.05149', source: 'tag' },
    ]);
    expect(f.access.inferenceProviders).toEqual(['hf-inference']);
    expect(f.access.demoApps.length).toBe(5);
    expect(f.revision).toBe('0e9e39f249a16976918f6564b8830bc894c89659');
    expect(f.files.known).toBe(true);
    expect(f.library).toBe('transformers');
    expect(f.pipelineTag).toBe('text-generation');
    expect(f.docs).toMatchObject({ card: 'present', evaluationResults: false, sampleOutputs: true });
    expect(ModelFactsSchema.safeParse(f).success).toBe(true);
  });

  it('bert: apache-2.0, card and tag datasets merged, arXiv paper, no gate, pytorch and coreml weights', () => {
    const f = facts('google-bert/bert-base-uncased');
    expect(f.licenses.map((l) => l.id)).toEqual(['apache-2.0']);
    expect(f.licenses[0]?.text).toBeUndefined();
    expect(f.access.gate).toBe('none');
    expect(f.datasets).toEqual([
      {
        id: 'bookcorpus',
        role: 'training',
        availability: 'unknown',
        source: 'card',
        hub: 'huggingface',
        url: 'https://huggingface.co/datasets/bookcorpus',
      },
      {
        id: 'wikipedia',
        role: 'training',
        availability: 'unknown',
        source: 'card',
        hub: 'huggingface',
        url: 'https://huggingface.co/datasets/wikipedia',
      },
    ]);
    expect(f.papers.map((p) => p.id)).toEqual(['1810.04805']);
    const files = f.access.weights.evidence.map((e) => e.detail);
    expect(files).toContain('pytorch_model.bin');
    expect(files.some((n) => n.includes('.mlpackage/'))).toBe(true);
    expect(f.baseModels).toEqual([]);
  });

  it('zephyr: mit, two hub datasets, model-index as evaluation results, base Mistral finetune', () => {
    const f = facts('HuggingFaceH4/zephyr-7b-beta');
    expect(f.licenses.map((l) => l.id)).toEqual(['mit']);
    expect(f.datasets.map((d) => d.id)).toEqual([
      'HuggingFaceH4/ultrachat_200k',
      'HuggingFaceH4/ultrafeedback_binarized',
    ]);
    expect(f.docs.evaluationResults).toBe(true);
    expect(f.baseModels).toEqual([{ id: 'mistralai/Mistral-7B-v0.1', relation: 'finetune' }]);
    expect(f.papers.map((p) => p.id)).toContain('2310.16944');
  });

  it('stable diffusion: creativeml-openrail-m, gate prompt kept as text although not gated now', () => {
    const f = facts('CompVis/stable-diffusion-v1-4');
    expect(f.access.gate).toBe('none');
    expect(f.licenses[0]).toMatchObject({ id: 'creativeml-openrail-m', textSource: 'gate-prompt' });
    expect(f.access.weights.evidence.map((e) => e.detail)).toContain('safety_checker/model.safetensors');
    expect(f.library).toBe('diffusers');
  });

  it('clip: no license declared at all', () => {
    const f = facts('openai/clip-vit-base-patch32');
    expect(f.licenses).toEqual([]);
    expect(f.access.weights.evidence.map((e) => e.detail)).toEqual([
      'flax_model.msgpack',
      'pytorch_model.bin',
      'tf_model.h5',
    ]);
  });

  it('gpt2 (legacy root id): keeps the answered id, DOI paper, many weight formats', () => {
    const f = facts('gpt2');
    expect(f.id).toBe('gpt2');
    expect(f.url).toBe('https://huggingface.co/gpt2');
    expect(f.papers).toEqual([
      { kind: 'doi', id: '10.57967/hf/0039', url: 'https://doi.org/10.57967/hf/0039', source: 'tag' },
    ]);
    expect(f.access.weights.evidence.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        '64-fp16.tflite',
        'flax_model.msgpack',
        'model.safetensors',
        'rust_model.ot',
        'tf_model.h5',
      ]),
    );
  });

  it('license other → license_name slug with name and link; datasets not on the hub have no hub', () => {
    const f = facts('example-org/custom-license-model');
    expect(f.licenses).toEqual([
      {
        id: 'example-community-model-license-v1',
        name: 'Example Community Model License v1',
        link: 'LICENSE',
        source: 'card',
      },
    ]);
    const offHub = f.datasets.find((d) => d.id === 'some offline corpus');
    expect(offHub?.hub).toBeUndefined();
    // training_args.bin is not a weight file.
    expect(f.access.weights.evidence.map((e) => e.detail)).toEqual(['model.safetensors']);
  });

  it('apache fine-tune of a gated Llama: declared license and base relation', () => {
    const f = facts('example-org/llama-3.1-8b-apache-finetune');
    expect(f.licenses.map((l) => l.id)).toEqual(['apache-2.0']);
    expect(f.baseModels).toEqual([{ id: 'meta-llama/Llama-3.1-8B-Instruct', relation: 'finetune' }]);
  });

  it('no file list: weights from safetensors, gguf or format tags, else unknown', () => {
    const rec = (m: Record<string, unknown>) => {
      const p = parseModelRecord({ id: 'o/m', ...m }, 'page');
      if (!p.ok) throw new Error(p.reason);
      return recordToFacts(p.record);
    };
    expect(rec({ safetensors: { total: 10 } }).access.weights.evidence[0]?.kind).toBe('record-field');
    expect(rec({ gguf: { total: 10, architecture: 'llama' } }).access.weights).toEqual({
      state: 'present',
      evidence: [{ kind: 'record-field', detail: 'gguf' }],
    });
    expect(rec({ tags: ['pytorch'] }).access.weights).toEqual({
      state: 'present',
      evidence: [{ kind: 'tag', detail: 'pytorch' }],
    });
    expect(rec({ tags: ['transformers'] }).access.weights.state).toBe('unknown');
    expect(rec({ siblings: [{ rfilename: 'README.md' }] }).access.weights.state).toBe('absent');
  });

  it('access states and merges', () => {
    const rec = (m: Record<string, unknown>) => {
      const p = parseModelRecord({ id: 'o/m', ...m }, 'api');
      if (!p.ok) throw new Error(p.reason);
      return recordToFacts(p.record);
    };
    expect(rec({ private: true }).access.status).toBe('private');
    expect(rec({ disabled: true, private: true }).access.status).toBe('disabled');
    expect(rec({ gated: 'auto' }).access.gate).toBe('auto');
    expect(rec({ cardData: { base_model: ['a/x', 'b/y'] } }).baseModels).toEqual([
      { id: 'a/x', relation: 'merge' },
      { id: 'b/y', relation: 'merge' },
    ]);
    expect(rec({ cardData: { base_model: 'a/x', base_model_relation: 'quantized' } }).baseModels).toEqual([
      { id: 'a/x', relation: 'quantized' },
    ]);
    expect(rec({ cardData: { license: ['MIT', 'cc-by-4.0'] } }).licenses.map((l) => l.id)).toEqual([
      'mit',
      'cc-by-4.0',
    ]);
    expect(rec({ tags: ['license:apache-2.0'] }).licenses).toEqual([{ id: 'apache-2.0', source: 'tag' }]);
    expect(rec({ inferenceProviderMapping: { together: {}, novita: {} } }).access.inferenceProviders).toEqual([
      'together',
      'novita',
    ]);
  });

  it('bounds hostile input', () => {
    const p = parseModelRecord(
      {
        id: 'o/m',
        tags: Array.from({ length: 20_000 }, (_, i) => `t${i}`),
        siblings: [{ rfilename: 'x'.repeat(300_000) }],
      },
      'api',
    );
    if (!p.ok) throw new Error(p.reason);
    const f = recordToFacts(p.record);
    expect(f.tags.length).toBe(500);
    expect(ModelFactsSchema.safeParse(f).success).toBe(true);
  });
});
