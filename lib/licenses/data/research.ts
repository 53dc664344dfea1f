/** Research-only and non-commercial model licenses. */
import { define } from '../define';

const NC_RESEARCH = ['non-commercial' as const, 'research-only' as const];

export const RESEARCH_LICENSES = [
  define({
    id: 'mrl',
    name: 'Mistral AI Research License',
    aliases: ['MRL-0.1', 'mistral-research-license', 'mistral-ai-research-license'],
    family: 'research',
    // Research Purposes exclude offering the model through a hosted or managed service.
    clauses: [...NC_RESEARCH, 'no-hosting'],
    summary:
      'Mistral’s models, derivatives and outputs may be used only for non-commercial research, not offered as a hosted service; companies may not distribute them.',
    url: 'https://mistral.ai/licenses/MRL-0.1.md',
  }),
  define({
    id: 'mnpl',
    name: 'Mistral AI Non-Production License',
    aliases: ['MNPL-0.1', 'mistral-non-production-license', 'mistral-ai-non-production-license'],
    family: 'research',
    clauses: NC_RESEARCH,
    summary: 'Only testing, research, personal or evaluation use outside production; no commercial supply.',
    url: 'https://mistral.ai/licenses/MNPL-0.1.md',
  }),
  define({
    id: 'qwen-research',
    name: 'Qwen RESEARCH LICENSE AGREEMENT',
    aliases: ['qwen-research-license', 'qwen-research-license-agreement'],
    family: 'non-commercial',
    clauses: [...NC_RESEARCH, 'naming'],
    summary: 'Research and evaluation only, not commercial; models trained with it must say "Built with Qwen".',
  }),
  define({
    id: 'sai-nc-community',
    name: 'Stability AI Non-Commercial Research Community License',
    aliases: ['SAI NC RC', 'Stability AI Non-Commercial Research Community License Agreement'],
    family: 'non-commercial',
    // Its Non-Commercial Uses exclude any production use: research-only as well.
    clauses: [...NC_RESEARCH, 'use-restrictions', 'no-hosting', 'revocable'],
    summary:
      'Research and non-commercial use only, never in production, under a use policy; the model may not be offered to others as a hosted service or API.',
  }),
  define({
    id: 'microsoft-research-license',
    name: 'Microsoft Research License Terms',
    aliases: ['msrla', 'microsoft-research-license-agreement'],
    family: 'research',
    // Nothing may be redistributed, so neither changed copies nor the model itself can be shared or sold.
    clauses: [...NC_RESEARCH, 'no-derivatives', 'no-hosting', 'no-resale'],
    summary:
      'Non-commercial research use only; the models may not be redistributed, sold or offered as a hosted service.',
  }),
  define({
    id: 'apple-amlr',
    name: 'Apple Machine Learning Research Model License Agreement',
    aliases: ['Apple Model License for Research', 'apple-machine-learning-research-model-license'],
    family: 'research',
    clauses: [...NC_RESEARCH, 'revocable'],
    summary: 'Research use only, with no commercial use or product development; derivatives stay research-only.',
    url: 'https://huggingface.co/apple/deeplabv3-mobilevit-small/blob/main/LICENSE',
  }),
  define({
    id: 'h-research',
    name: 'H Research License',
    family: 'research',
    clauses: NC_RESEARCH,
    summary: 'H Company’s license for research and non-commercial use.',
    url: 'https://huggingface.co/Hcompany/Holo1-3B/blob/main/LICENSE',
  }),
  define({
    id: 'intel-research',
    name: 'Intel Research Use License Agreement',
    family: 'research',
    clauses: NC_RESEARCH,
    summary: 'Intel’s license for research use only.',
    url: 'https://huggingface.co/OpenVINO/Llama-3.1-8B-Instruct-FastDraft-150M-int8-ov/blob/main/LICENSE.md',
  }),
  define({
    id: 'deepfloyd-if-license',
    name: 'DeepFloyd IF Research License Agreement',
    family: 'research',
    clauses: NC_RESEARCH,
    summary: 'DeepFloyd IF may be used for non-commercial research only.',
  }),
  define({
    id: 'fair-noncommercial-research-license',
    name: 'FAIR Noncommercial Research License',
    family: 'research',
    clauses: NC_RESEARCH,
    summary: 'Meta FAIR’s license for non-commercial research use only.',
    url: 'https://huggingface.co/facebook/fair-noncommercial-research-license/blob/main/LICENSE',
  }),
  define({
    id: 'flux-1-dev-non-commercial-license',
    name: 'FLUX.1 [dev] Non-Commercial License',
    aliases: ['flux-1-dev', 'flux.1-dev-non-commercial-license'],
    family: 'non-commercial',
    clauses: [...NC_RESEARCH, 'use-restrictions', 'output-restriction', 'revocable'],
    summary:
      'Black Forest Labs’ FLUX.1 [dev] weights may be used only for non-commercial, non-production purposes, not for listed harmful uses, and not to train competing models on its outputs; the license is revocable.',
    url: 'https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md',
  }),
];
