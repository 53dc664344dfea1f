/** A small builder for hand-written ModelFacts, on top of `emptyFacts`. Test helper, not a test file. */
import {
  emptyFacts,
  type CodeLink,
  type DatasetRef,
  type LicenseDeclaration,
  type LineageFacts,
  type ModelFacts,
  type ModelFactsCore,
} from '../../../lib/schema/model-facts';
import type { BaseRelation } from '../../../lib/schema/vocabulary';
import { assess } from '../../../lib/openness';
import { DEFAULT_TOGGLES, type Toggles } from '../../../lib/settings/schema';
import type { Definition } from '../../../lib/schema/vocabulary';

export type Edit = (facts: ModelFacts) => void;

export function facts(id = 'org/model', ...edits: Edit[]): ModelFacts {
  const out = emptyFacts('huggingface', id, `https://huggingface.co/${id}`);
  out.docs.card = 'present';
  out.files = { known: true, names: ['README.md'] };
  for (const edit of edits) edit(out);
  return out;
}

export const license =
  (id: string, extra: Partial<LicenseDeclaration> = {}): Edit =>
  (f) => {
    f.licenses.push({ id, source: 'card', ...extra });
  };
export const files =
  (...names: string[]): Edit =>
  (f) => {
    f.files = { known: true, names: ['README.md', ...names] };
  };
export const filesUnknown: Edit = (f) => {
  f.files = { known: false, names: [] };
};
export const card =
  (state: ModelFacts['docs']['card']): Edit =>
  (f) => {
    f.docs.card = state;
  };
export const section =
  (heading: string, excerpt: string): Edit =>
  (f) => {
    f.docs.sections.push({ heading, excerpt });
  };
export const dataset =
  (id: string, availability: DatasetRef['availability'], extra: Partial<DatasetRef> = {}): Edit =>
  (f) => {
    f.datasets.push({ id, role: 'training', hub: 'huggingface', availability, source: 'card', ...extra });
  };
export const codeLink =
  (url: string, context: string, extra: Partial<CodeLink> = {}): Edit =>
  (f) => {
    f.codeLinks.push({ url, context, source: 'readme', ...extra });
  };
export const arxiv =
  (id: string): Edit =>
  (f) => {
    f.papers.push({ kind: 'arxiv', id, source: 'tag' });
  };
export const library =
  (name: string): Edit =>
  (f) => {
    f.library = name;
  };
export const gate =
  (value: ModelFacts['access']['gate']): Edit =>
  (f) => {
    f.access.gate = value;
  };
export const status =
  (value: ModelFacts['access']['status']): Edit =>
  (f) => {
    f.access.status = value;
  };
export const weightsState =
  (state: ModelFacts['access']['weights']['state'], evidence: ModelFacts['access']['weights']['evidence'] = []): Edit =>
  (f) => {
    f.access.weights = { state, evidence };
  };
export const providers =
  (...names: string[]): Edit =>
  (f) => {
    f.access.inferenceProviders = names;
  };
export const demos =
  (...names: string[]): Edit =>
  (f) => {
    f.access.demoApps = names;
  };
export const branches =
  (...names: string[]): Edit =>
  (f) => {
    f.branches = names;
  };
export const pipeline =
  (tag: string): Edit =>
  (f) => {
    f.pipelineTag = tag;
  };
export const hubFlag =
  (id: ModelFacts['hubFlags'][number]['id'], detail: string): Edit =>
  (f) => {
    f.hubFlags.push({ id, detail });
  };
export const evaluation: Edit = (f) => {
  f.docs.evaluationResults = true;
};
export const samples: Edit = (f) => {
  f.docs.sampleOutputs = true;
};

/** Core facts of a base model (no lineage of its own). */
export function core(model: ModelFacts): ModelFactsCore {
  const { lineage: _lineage, ...rest } = model;
  return rest;
}

/** Adds a resolved base; `parent` defaults to the model itself (depth 1). */
export const base =
  (model: ModelFacts, relation: BaseRelation = 'finetune', parent?: string, depth = 1): Edit =>
  (f) => {
    if (!parent) f.baseModels.push({ id: model.id, relation });
    f.lineage.push({
      id: model.id,
      relation,
      parent: parent ?? f.id,
      depth,
      status: 'resolved',
      facts: core(model),
    } satisfies LineageFacts);
  };
export const unresolvedBase =
  (id: string, relation: BaseRelation = 'finetune'): Edit =>
  (f) => {
    f.baseModels.push({ id, relation });
    f.lineage.push({
      id,
      relation,
      parent: f.id,
      depth: 1,
      status: 'unresolved',
      reason: { code: 'base-not-found', params: { id } },
    });
  };

/** A fully released, permissively licensed model: the baseline the tests take things away from. */
export function openModel(id = 'org/open', ...edits: Edit[]): ModelFacts {
  return facts(
    id,
    license('apache-2.0'),
    files('config.json', 'model.safetensors', 'train.py', 'eval.py', 'trainer_state.json'),
    library('transformers'),
    dataset('org/corpus', 'public', { license: ['cc-by-4.0'] }),
    dataset('org/bench', 'public', { role: 'evaluation', license: ['cc-by-4.0'] }),
    codeLink('https://github.com/org/train', 'The training code is in … our repository', { license: 'apache-2.0' }),
    arxiv('2401.00001'),
    section('Training data', 'We trained on org/corpus, 2T tokens of deduplicated web text.'),
    evaluation,
    samples,
    branches('main', 'step1000', 'step2000'),
    ...edits,
  );
}

export function run(model: ModelFacts, toggles: Partial<Toggles> = {}, policy: Definition = 'osaid') {
  return assess(model, { policy, toggles: { ...DEFAULT_TOGGLES, ...toggles } });
}

export const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);
