/**
 * Other vendor model licenses that allow commercial use with conditions (caps, use policies, naming duties).
 * Facts from the licensors' published terms; most are filed on the Hub as `other` plus a `license_name` slug.
 */
import { define } from '../define';

const FALCON_URL = 'https://falconllm.tii.ae';

export const VENDOR_LICENSES = [
  define({
    id: 'grok2-community',
    name: 'Grok 2 Community License Agreement',
    aliases: ['xAI Community License Agreement', 'grok-2-community'],
    family: 'vendor',
    clauses: ['use-restrictions', 'output-restriction', 'naming', 'revocable'],
    summary:
      'Commercial use only within xAI’s use policy, "Powered by xAI" shown, and no use of outputs to train other general-purpose models; revocable.',
    url: 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE',
  }),
  define({
    id: 'databricks-open-model-license',
    name: 'Databricks Open Model License',
    aliases: ['dbrx-license', 'dbrx'],
    family: 'vendor',
    clauses: ['user-cap', 'use-restrictions', 'output-restriction', 'revocable'],
    summary:
      'DBRX’s Llama 2-like terms: 700 million monthly user cap, a use policy, and no use of outputs to improve other LLMs.',
    url: 'https://www.databricks.com/legal/open-model-license',
  }),
  define({
    id: 'nvidia-open-model-license',
    name: 'NVIDIA Open Model License Agreement',
    aliases: ['NVIDIA Open Model License', 'nvidia-open-model-license-agreement'],
    family: 'vendor',
    clauses: ['use-restrictions', 'revocable'],
    // "Built on NVIDIA Cosmos" is required of Cosmos models, which the license defines as multimodal.
    conditionalClauses: [{ id: 'naming', when: 'multimodal' }],
    summary:
      'Commercial use allowed, but rights end if safety guardrails are bypassed; NVIDIA may update the terms and calls the license revocable.',
    url: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
  }),
  define({
    id: 'nvidia-open-model-agreement',
    name: 'NVIDIA Open Model Agreement',
    family: 'permissive',
    summary: 'NVIDIA’s 2026 Apache-style terms: commercial use, changes and sharing allowed, no rule on outputs.',
  }),
  define({
    id: 'falcon-llm-license',
    name: 'TII Falcon License',
    aliases: ['Falcon 3 TII Falcon License', 'tii-falcon-license'],
    family: 'vendor',
    // The acceptable use policy "may be updated from time to time": the licensor can change the terms alone.
    clauses: ['use-restrictions', 'naming', 'revocable'],
    summary:
      'Falcon 3 / H1 terms: Apache-based, with an acceptable use policy TII may update and a "built using … technology from TII" statement.',
    url: `${FALCON_URL}/falcon-terms-and-conditions.html`,
  }),
  define({
    id: 'falcon-180b-tii-1.0',
    name: 'Falcon 180B TII License 1.0',
    aliases: ['falcon-180b-license', 'falcon-180b-tii-license-1.0'],
    family: 'vendor',
    clauses: ['use-restrictions', 'naming', 'revocable', 'no-hosting'],
    summary:
      'Apache-based with an updatable use policy, a Falcon attribution statement, and no hosting the model as a service without a separate license.',
    url: `${FALCON_URL}/falcon-180b-terms-and-conditions.html`,
  }),
  define({
    id: 'falcon-2-11b-tii-1.0',
    name: 'Falcon 2 11B TII License 1.0',
    aliases: ['falcon2-11b-license', 'falcon-2-11b-license'],
    family: 'vendor',
    clauses: ['use-restrictions', 'naming', 'revocable'],
    summary: 'Apache-based with an updatable use policy and a "built using Falcon LLM technology" statement.',
    url: `${FALCON_URL}/falcon-2-terms-and-conditions.html`,
  }),
  define({
    id: 'tongyi-qianwen',
    name: 'Tongyi Qianwen LICENSE AGREEMENT',
    aliases: ['tongyi-qianwen-license-agreement', 'tongyi-qianwen-license'],
    family: 'vendor',
    clauses: ['user-cap', 'output-restriction'],
    summary: 'Qwen 1.x terms: commercial use below 100 million monthly users, and outputs may not improve other LLMs.',
    url: 'https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT',
  }),
  define({
    id: 'qwen',
    name: 'Qwen LICENSE AGREEMENT',
    aliases: ['qwen-license', 'qwen-license-agreement'],
    family: 'vendor',
    clauses: ['user-cap', 'naming'],
    summary:
      'Commercial use below 100 million monthly users; models trained with it or its outputs must say "Built with Qwen".',
    url: 'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE',
  }),
  define({
    id: 'qwen-community-1.0',
    name: 'Qwen Community License 1.0',
    aliases: ['qwen-community-license-1.0', 'qwen-community'],
    family: 'vendor',
    clauses: ['naming', 'no-hosting'],
    summary:
      'MIT-like, but large products must display the model name and "model as a service" businesses need a separate license.',
  }),
  define({
    id: 'stabilityai-ai-community',
    name: 'Stability AI Community License Agreement',
    aliases: ['stability-ai-community-license', 'Stability AI Community License'],
    family: 'vendor',
    clauses: ['revenue-cap', 'use-restrictions', 'output-restriction', 'naming', 'revocable'],
    summary:
      'Free below US$1 million yearly revenue (with registration), "Powered by Stability AI", and no use of outputs to build other foundation models.',
    url: 'https://github.com/Stability-AI/stable-fast-3d/blob/main/LICENSE.md',
  }),
  define({
    id: 'modified-mit',
    name: 'Modified MIT License',
    aliases: ['modified mit'],
    family: 'vendor',
    // Two variants share the name: Kimi K2 asks large products to display its name; Mistral Medium 3.5 withdraws
    // all rights above a monthly revenue. Both are kept so the stricter reading wins.
    clauses: ['naming', 'revenue-cap'],
    summary:
      'Starts as MIT, then adds conditions for large users: show the model name, or get a separate license above a revenue.',
    url: 'https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/LICENSE',
  }),
  define({
    id: 'ai2-impact-lr',
    name: 'AI2 ImpACT License – Low Risk Artifacts',
    aliases: ['ai2-impact-license-low-risk', 'AI2 ImpACT License - Low Risk Artifacts'],
    family: 'vendor',
    clauses: ['use-restrictions'],
    summary: 'AI2’s low-risk tier: broad use allowed under a few use restrictions that carry to derivatives.',
    url: 'https://allenai.org/impact-license',
  }),
  define({
    id: 'ai2-impact-mr',
    name: 'AI2 ImpACT License – Medium Risk Artifacts',
    aliases: ['ai2-impact-license-medium-risk', 'AI2 ImpACT License - Medium Risk Artifacts'],
    family: 'vendor',
    clauses: ['use-restrictions'],
    summary: 'AI2’s medium-risk tier: a list of prohibited uses and conditions on sharing derivatives.',
    url: 'https://allenai.org/impact-license',
  }),
  define({
    id: 'ai2-impact-hr',
    name: 'AI2 ImpACT License – High Risk Artifacts',
    aliases: ['ai2-impact-license-high-risk', 'AI2 ImpACT License - High Risk Artifacts'],
    family: 'vendor',
    clauses: ['use-restrictions', 'non-commercial', 'no-derivatives'],
    summary: 'AI2’s high-risk tier: restricted, non-commercial use with access control and no redistribution.',
    url: 'https://allenai.org/impact-license',
  }),
];
