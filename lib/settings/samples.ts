/**
 * Two sample models for the options page's live preview: how a setting changes a verdict, before the user sees it
 * on a real page. Facts modelled on real releases (a gated community-licensed model; an Apache model with a
 * published dataset and code).
 */
import { emptyFacts, type ModelFacts } from '../schema/model-facts';

function sample(id: string, fill: (facts: ModelFacts) => void): ModelFacts {
  const facts = emptyFacts('huggingface', id, `https://huggingface.co/${id}`);
  fill(facts);
  return facts;
}

export const SAMPLE_MODELS: readonly ModelFacts[] = [
  sample('example/community-licensed-chat-8b', (f) => {
    f.access.gate = 'manual';
    f.access.weights = { state: 'present', evidence: [{ kind: 'file', detail: 'model-00001-of-00004.safetensors' }] };
    f.licenses = [{ id: 'llama3.1', source: 'card' }];
    f.files = { known: true, names: ['config.json', 'model-00001-of-00004.safetensors', 'README.md'] };
    f.library = 'transformers';
    f.docs = {
      card: 'present',
      sections: [{ heading: 'Training Data', excerpt: 'Pretrained on data from publicly available sources.' }],
      evaluationResults: true,
      sampleOutputs: false,
    };
  }),
  sample('example/apache-research-7b', (f) => {
    f.access.weights = { state: 'present', evidence: [{ kind: 'file', detail: 'model.safetensors' }] };
    f.licenses = [{ id: 'apache-2.0', source: 'card' }];
    f.files = { known: true, names: ['config.json', 'model.safetensors', 'README.md'] };
    f.library = 'transformers';
    f.datasets = [
      {
        id: 'example/open-corpus',
        role: 'training',
        hub: 'huggingface',
        availability: 'public',
        license: ['odc-by'],
        source: 'card',
      },
    ];
    f.codeLinks = [
      {
        url: 'https://github.com/example/train',
        context: 'training code and data pipeline',
        license: 'apache-2.0',
        source: 'readme',
      },
    ];
    f.papers = [{ kind: 'arxiv', id: '2402.00838', source: 'tag' }];
    f.docs = {
      card: 'present',
      sections: [{ heading: 'Training Data', excerpt: 'Trained on example/open-corpus.' }],
      evaluationResults: true,
      sampleOutputs: false,
    };
  }),
];
