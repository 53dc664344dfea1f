import { describe, expect, it } from 'vitest';
import type { ComponentId } from '../../../lib/schema/vocabulary';
import {
  arxiv,
  branches,
  card,
  codeLink,
  dataset,
  evaluation,
  facts,
  files,
  filesUnknown,
  library,
  license,
  run,
  samples,
  section,
  status,
  weightsState,
  type Edit,
} from './builder';

interface Row {
  name: string;
  component: ComponentId;
  edits: Edit[];
  status: 'present' | 'partial' | 'missing' | 'unknown';
  /** A piece of evidence (kind and detail) the user sees, or the reason code shown. */
  evidence?: { kind: string; detail?: string; quote?: string };
  reason?: string;
  license?: string | null;
}

const rows: Row[] = [
  // weights
  {
    name: 'weight files listed',
    component: 'weights',
    edits: [files('model-00001-of-00002.safetensors')],
    status: 'present',
    evidence: { kind: 'file', detail: 'model-00001-of-00002.safetensors' },
  },
  {
    name: 'file list without weight files',
    component: 'weights',
    edits: [files('config.json', 'tokenizer.json')],
    status: 'missing',
    reason: 'weights-none-in-files',
  },
  {
    name: 'training_args.bin is not a weight file',
    component: 'weights',
    edits: [files('training_args.bin')],
    status: 'missing',
    reason: 'weights-none-in-files',
  },
  {
    name: 'file list unknown',
    component: 'weights',
    edits: [filesUnknown],
    status: 'unknown',
    reason: 'file-list-unknown',
  },
  {
    name: 'file list unknown, library tag',
    component: 'weights',
    edits: [filesUnknown, library('transformers')],
    status: 'present',
    evidence: { kind: 'tag', detail: 'library: transformers' },
  },
  {
    name: 'record says absent',
    component: 'weights',
    edits: [filesUnknown, weightsState('absent')],
    status: 'missing',
    reason: 'weights-declared-absent',
  },
  {
    name: 'weights take the model license',
    component: 'weights',
    edits: [files('model.gguf'), license('mit')],
    status: 'present',
    license: 'mit',
  },
  // architecture
  {
    name: 'config.json',
    component: 'architecture',
    edits: [files('config.json'), license('mit')],
    status: 'present',
    evidence: { kind: 'file', detail: 'config.json' },
    license: 'mit',
  },
  {
    name: 'model_index.json (diffusers)',
    component: 'architecture',
    edits: [files('model_index.json')],
    status: 'present',
    evidence: { kind: 'file', detail: 'model_index.json' },
  },
  { name: 'params.json', component: 'architecture', edits: [files('original/params.json')], status: 'present' },
  {
    name: 'library ships it',
    component: 'architecture',
    edits: [filesUnknown, library('diffusers')],
    status: 'present',
    evidence: { kind: 'card-field', detail: 'library: diffusers' },
  },
  {
    name: 'nothing shows it',
    component: 'architecture',
    edits: [files('weights.bin')],
    status: 'unknown',
    reason: 'architecture-not-found',
  },
  {
    name: 'file list unknown',
    component: 'architecture',
    edits: [filesUnknown],
    status: 'unknown',
    reason: 'file-list-unknown',
  },
  // inference code
  {
    name: 'library',
    component: 'inference-code',
    edits: [library('transformers')],
    status: 'present',
    evidence: { kind: 'card-field', detail: 'library: transformers' },
    license: 'apache-2.0',
  },
  {
    name: 'usage link, repository license assumed',
    component: 'inference-code',
    edits: [codeLink('https://github.com/o/run', 'For inference use … the scripts', { license: 'MIT' })],
    status: 'present',
    evidence: { kind: 'link', detail: 'For inference use … the scripts' },
    license: 'mit',
    reason: 'license-from-repository',
  },
  {
    name: 'usage link, license unknown',
    component: 'inference-code',
    edits: [codeLink('https://github.com/o/run', 'See the usage example … here')],
    status: 'present',
    license: null,
    reason: 'code-license-unknown',
  },
  {
    name: 'inference script in the repo',
    component: 'inference-code',
    edits: [files('inference.py')],
    status: 'present',
    evidence: { kind: 'file', detail: 'inference.py' },
  },
  { name: 'nothing', component: 'inference-code', edits: [], status: 'unknown', reason: 'inference-code-not-found' },
  // training data
  {
    name: 'all datasets public',
    component: 'training-data',
    edits: [dataset('a/x', 'public'), dataset('b/y', 'public')],
    status: 'present',
    evidence: { kind: 'dataset', detail: 'a/x' },
  },
  {
    name: 'one public, one disabled',
    component: 'training-data',
    edits: [dataset('a/x', 'public'), dataset('b/y', 'disabled')],
    status: 'partial',
    evidence: { kind: 'dataset', detail: 'b/y (disabled)' },
    reason: 'datasets-some-unavailable',
  },
  {
    name: 'a gated dataset',
    component: 'training-data',
    edits: [dataset('a/x', 'gated')],
    status: 'partial',
    reason: 'datasets-gated',
  },
  {
    name: 'every dataset missing or disabled',
    component: 'training-data',
    edits: [dataset('a/x', 'missing'), dataset('b/y', 'disabled')],
    status: 'missing',
    reason: 'datasets-all-unavailable',
  },
  {
    name: 'lookups failed',
    component: 'training-data',
    edits: [dataset('a/x', 'unknown')],
    status: 'unknown',
    reason: 'datasets-availability-unknown',
  },
  {
    name: 'vague description, quoted',
    component: 'training-data',
    edits: [
      section(
        'Training Data',
        'Intro. The model was pretrained on a new mix of publicly available online data. 15T tokens.',
      ),
    ],
    status: 'missing',
    evidence: {
      kind: 'quote',
      detail: 'Training Data',
      quote: 'The model was pretrained on a new mix of publicly available online data.',
    },
    reason: 'training-data-vague',
  },
  {
    name: 'described, no dataset named',
    component: 'training-data',
    edits: [section('Training data', 'We used 40GB of Reddit outbound links (WebText).')],
    status: 'unknown',
    reason: 'training-data-described',
  },
  {
    name: 'card says nothing about data',
    component: 'training-data',
    edits: [],
    status: 'unknown',
    reason: 'training-data-not-described',
  },
  { name: 'no card', component: 'training-data', edits: [card('absent')], status: 'unknown', reason: 'card-absent' },
  {
    name: 'card unreadable',
    component: 'training-data',
    edits: [card('unknown')],
    status: 'unknown',
    reason: 'card-unknown',
  },
  {
    name: 'datasets take their own license',
    component: 'training-data',
    edits: [dataset('a/x', 'public', { license: ['cc-by-4.0'] })],
    status: 'present',
    license: 'cc-by-4.0',
  },
  // training code and preprocessing
  {
    name: 'training link',
    component: 'training-code',
    edits: [codeLink('https://github.com/o/t', 'Our fine-tuning scripts … are on GitHub', { license: 'apache-2.0' })],
    status: 'present',
    license: 'apache-2.0',
  },
  {
    name: 'pretraining link',
    component: 'training-code',
    edits: [codeLink('https://github.com/o/t', 'The pretraining code … is public')],
    status: 'present',
  },
  {
    name: 'train.py in the repo',
    component: 'training-code',
    edits: [files('train.py')],
    status: 'present',
    evidence: { kind: 'file', detail: 'train.py' },
  },
  {
    name: 'training yaml in the repo',
    component: 'training-code',
    edits: [files('configs/pretrain_7b.yaml')],
    status: 'present',
  },
  {
    name: 'inference-only link',
    component: 'training-code',
    edits: [codeLink('https://github.com/o/r', 'Inference examples live in … the repo. Training Data Pretrained on')],
    status: 'unknown',
    reason: 'training-code-not-found',
  },
  { name: 'no code', component: 'training-code', edits: [], status: 'unknown', reason: 'training-code-not-found' },
  {
    name: 'counts with training code',
    component: 'data-preprocessing-code',
    edits: [files('train.py')],
    status: 'present',
    reason: 'preprocessing-in-training-code',
  },
  {
    name: 'named separately',
    component: 'data-preprocessing-code',
    edits: [codeLink('https://github.com/o/p', 'The data processing pipeline … is here')],
    status: 'present',
    evidence: { kind: 'link' },
  },
  {
    name: 'none',
    component: 'data-preprocessing-code',
    edits: [],
    status: 'unknown',
    reason: 'preprocessing-code-not-found',
  },
  // evaluation
  {
    name: 'model-index results',
    component: 'evaluation-results',
    edits: [evaluation],
    status: 'present',
    evidence: { kind: 'card-field', detail: 'model-index' },
  },
  {
    name: 'evaluation section',
    component: 'evaluation-results',
    edits: [section('Benchmark scores', 'MMLU 66')],
    status: 'present',
    evidence: { kind: 'card-section', detail: 'Benchmark scores' },
  },
  {
    name: 'card without results',
    component: 'evaluation-results',
    edits: [],
    status: 'missing',
    reason: 'evaluation-results-not-found',
  },
  {
    name: 'card unreadable',
    component: 'evaluation-results',
    edits: [card('unknown')],
    status: 'unknown',
    reason: 'card-unknown',
  },
  {
    name: 'eval harness link',
    component: 'evaluation-code',
    edits: [codeLink('https://github.com/EleutherAI/lm-evaluation-harness', 'Scores computed with … ')],
    status: 'present',
  },
  { name: 'eval script', component: 'evaluation-code', edits: [files('evaluate.py')], status: 'present' },
  {
    name: 'no eval code',
    component: 'evaluation-code',
    edits: [],
    status: 'unknown',
    reason: 'evaluation-code-not-found',
  },
  {
    name: 'evaluation datasets',
    component: 'evaluation-data',
    edits: [dataset('cais/mmlu', 'public', { role: 'evaluation' })],
    status: 'present',
    evidence: { kind: 'dataset', detail: 'cais/mmlu' },
  },
  {
    name: 'no evaluation data',
    component: 'evaluation-data',
    edits: [],
    status: 'unknown',
    reason: 'evaluation-data-not-found',
  },
  // documents
  {
    name: 'README present',
    component: 'model-card',
    edits: [],
    status: 'present',
    evidence: { kind: 'file', detail: 'README.md' },
  },
  { name: 'no README', component: 'model-card', edits: [card('absent')], status: 'missing', reason: 'card-absent' },
  {
    name: 'README unreadable',
    component: 'model-card',
    edits: [card('unknown')],
    status: 'unknown',
    reason: 'card-unknown',
  },
  {
    name: 'training-data section',
    component: 'data-card',
    edits: [section('Training Data', 'Web text.')],
    status: 'present',
    evidence: { kind: 'card-section', detail: 'Training Data' },
  },
  {
    name: 'dataset cards on the hub',
    component: 'data-card',
    edits: [dataset('a/x', 'public')],
    status: 'present',
    evidence: { kind: 'dataset', detail: 'dataset card: a/x' },
  },
  { name: 'neither', component: 'data-card', edits: [], status: 'missing', reason: 'data-card-not-found' },
  {
    name: 'arXiv paper',
    component: 'research-paper',
    edits: [arxiv('1810.04805')],
    status: 'present',
    evidence: { kind: 'paper', detail: 'arXiv:1810.04805' },
  },
  { name: 'no paper', component: 'research-paper', edits: [], status: 'unknown', reason: 'paper-not-found' },
  {
    name: 'paper stands in',
    component: 'technical-report',
    edits: [arxiv('1810.04805')],
    status: 'present',
    reason: 'paper-stands-in-for-report',
  },
  { name: 'widget examples', component: 'sample-outputs', edits: [samples], status: 'present' },
  {
    name: 'no examples',
    component: 'sample-outputs',
    edits: [],
    status: 'unknown',
    reason: 'sample-outputs-not-found',
  },
  // replication artefacts
  {
    name: 'step branches',
    component: 'intermediate-weights',
    edits: [branches('main', 'step1000')],
    status: 'present',
    evidence: { kind: 'branch', detail: 'step1000' },
  },
  {
    name: 'checkpoint directory',
    component: 'intermediate-weights',
    edits: [files('checkpoint-500/model.safetensors')],
    status: 'present',
  },
  {
    name: 'only main',
    component: 'intermediate-weights',
    edits: [branches('main')],
    status: 'unknown',
    reason: 'checkpoints-not-found',
  },
  {
    name: 'nothing known',
    component: 'intermediate-weights',
    edits: [filesUnknown],
    status: 'unknown',
    reason: 'file-list-unknown',
  },
  {
    name: 'trainer state',
    component: 'model-metadata',
    edits: [files('trainer_state.json')],
    status: 'present',
    evidence: { kind: 'file', detail: 'trainer_state.json' },
  },
  {
    name: 'file list unknown',
    component: 'model-metadata',
    edits: [filesUnknown],
    status: 'unknown',
    reason: 'file-list-unknown',
  },
  {
    name: 'none',
    component: 'model-metadata',
    edits: [files('model.safetensors')],
    status: 'unknown',
    reason: 'metadata-not-found',
  },
  {
    name: 'library named',
    component: 'supporting-libraries',
    edits: [library('timm')],
    status: 'present',
    license: 'apache-2.0',
  },
  {
    name: 'no library',
    component: 'supporting-libraries',
    edits: [],
    status: 'unknown',
    reason: 'supporting-library-not-found',
  },
];

describe('component status rules', () => {
  it.each(rows.map((row) => [`${row.component}: ${row.name}`, row] as const))('%s', (_title, row) => {
    const result = run(facts('org/model', ...row.edits)).components[row.component];
    expect(result.status).toBe(row.status);
    if (row.evidence) expect(result.evidence).toContainEqual(expect.objectContaining(row.evidence));
    if (row.reason) expect(result.reason?.code).toBe(row.reason);
    if (row.license !== undefined) expect(result.license).toBe(row.license);
    if (result.status === 'unknown') expect(result.reason).toBeDefined();
  });

  it('a model that cannot be seen has every component unknown with the reason, none missing', () => {
    const result = run(facts('org/model', status('private'), files('model.safetensors')));
    for (const component of Object.values(result.components)) {
      expect(component.status).toBe('unknown');
      expect(component.reason).toEqual({ code: 'model-not-accessible', params: { status: 'private' } });
    }
    expect(result.missing).toEqual([]);
  });

  it('lists missing components in component order and counts released replication components', () => {
    const result = run(facts('org/model', files('config.json'), arxiv('1'), branches('step1')));
    expect(result.missing).toEqual(['weights', 'data-card', 'evaluation-results']);
    expect(result.replication).toEqual({ present: 2, total: 7 });
  });

  it('code linked with a repository license says the license was assumed', () => {
    const result = run(
      facts('org/model', codeLink('https://github.com/o/t', 'training code … here', { license: 'mit' })),
    );
    expect(result.components['training-code']).toMatchObject({ license: 'mit', licenseAssumed: true });
  });

  it('a link with a role set by the card reader counts by its role, whatever the words around it say', () => {
    const result = run(
      facts(
        'org/model',
        codeLink('https://github.com/o/a', 'training code … and evaluation', { role: 'evaluation' }),
        codeLink('https://github.com/o/b', 'training script … here', { role: 'fine-tuning' }),
      ),
    );
    expect(result.components['evaluation-code'].status).toBe('present');
    expect(result.components['training-code'].status).toBe('unknown');
  });

  it('results shown only as images are unknown, not present, with the words beside them', () => {
    const model = facts('org/model', (f) => {
      f.docs.card = 'present';
      f.docs.evaluation = { state: 'image-only', source: 'image', quote: 'The chart above compares models.' };
    });
    expect(run(model).components['evaluation-results']).toMatchObject({
      status: 'unknown',
      reason: { code: 'evaluation-results-image-only' },
      evidence: [{ kind: 'quote', quote: 'The chart above compares models.' }],
    });
  });

  it('results, a data section and released checkpoints read from the card are shown with a quote', () => {
    const model = facts('org/model', section('Training data', 'Web text in 20 languages. More below.'), (f) => {
      f.docs.evaluation = { state: 'present', source: 'table', quote: 'QA 61.2' };
      f.docs.checkpoints = { quote: 'We release all checkpoints as branches.', heading: 'Checkpoints' };
      f.docs.trainingData = { kind: 'described', quote: 'Web text in 20 languages.' };
    });
    const c = run(model).components;
    expect(c['evaluation-results'].evidence[0]).toMatchObject({ kind: 'quote', quote: 'QA 61.2' });
    expect(c['data-card'].evidence[0]).toMatchObject({ kind: 'card-section', quote: 'Web text in 20 languages.' });
    expect(c['intermediate-weights']).toMatchObject({ status: 'present', evidence: [{ kind: 'quote' }] });
    expect(c['training-data']).toMatchObject({ status: 'unknown', reason: { code: 'training-data-described' } });
  });

  it('a base model named only in the text is a warning, never lineage', () => {
    const model = facts('org/model', (f) => {
      f.baseModelHints = [{ id: 'o/base', quote: 'A fine-tuned version of o/base.' }];
    });
    const result = run(model);
    expect(result.warnings).toContainEqual({
      code: 'base-model-from-text',
      params: { id: 'o/base', quote: 'A fine-tuned version of o/base.' },
    });
    expect(result.lineage).toEqual([]);
  });
});
