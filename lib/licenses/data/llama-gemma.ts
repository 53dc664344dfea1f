/**
 * Meta's Llama community licenses and Google's Gemma terms (texts read from meta-llama/llama-models and
 * ai.google.dev/gemma/terms).
 */
import { define } from '../define';

const HF = 'https://huggingface.co/meta-llama';
/** Llama 3.1 onwards dropped the "no outputs to improve other LLMs" ban and asks for the Llama name instead. */
const LLAMA_31_ON = ['user-cap' as const, 'use-restrictions' as const, 'naming' as const];
/** Llama 3.2's acceptable use policy withholds rights from EU-based licensees for its multimodal models only. */
const EU_MULTIMODAL = [{ id: 'geographic' as const, when: 'multimodal' as const }];

export const LLAMA_GEMMA_LICENSES = [
  define({
    id: 'llama2',
    name: 'Llama 2 Community License Agreement',
    aliases: ['llama-2', 'llama 2 community license', 'llama-2-community-license', 'llama2-community-license'],
    family: 'vendor',
    clauses: ['user-cap', 'use-restrictions', 'output-restriction'],
    summary:
      'Free to use and share, but services above 700 million monthly users need Meta’s permission, an acceptable use policy applies, and outputs may not improve other LLMs.',
    url: `${HF}/Llama-2-7b-chat-hf/blob/main/LICENSE.txt`,
  }),
  define({
    id: 'llama3',
    name: 'Meta Llama 3 Community License Agreement',
    aliases: ['llama-3', 'Llama 3 Community License Agreement', 'meta-llama-3-community-license'],
    family: 'vendor',
    clauses: ['user-cap', 'use-restrictions', 'output-restriction', 'naming'],
    summary:
      'As Llama 2, plus derived models must be named "Llama 3…" and show "Built with Meta Llama 3"; outputs may not improve other LLMs.',
    url: `${HF}/Meta-Llama-3-8B/blob/main/LICENSE`,
  }),
  define({
    id: 'llama3.1',
    name: 'Llama 3.1 Community License Agreement',
    aliases: ['llama-3.1', 'llama 3.1 community license', 'llama3_1'],
    family: 'vendor',
    clauses: LLAMA_31_ON,
    summary:
      'Free to use and share below 700 million monthly users, under an acceptable use policy; models built with it or its outputs must be named "Llama…".',
    url: `${HF}/Meta-Llama-3.1-70B-Instruct/blob/main/LICENSE`,
  }),
  define({
    id: 'llama3.2',
    name: 'Llama 3.2 Community License Agreement',
    aliases: ['llama-3.2', 'llama 3.2 community license', 'llama3_2'],
    family: 'vendor',
    clauses: LLAMA_31_ON,
    conditionalClauses: EU_MULTIMODAL,
    summary:
      'As Llama 3.1; in addition, EU-based people and companies get no rights to its multimodal (vision) models.',
    url: `${HF}/Llama-3.2-1B/blob/main/LICENSE.txt`,
  }),
  define({
    id: 'llama3.2-acceptable-use-policy',
    name: 'Llama 3.2 Acceptable Use Policy',
    aliases: ['llama-3.2-acceptable-use-policy', 'llama 3.2 use policy'],
    family: 'vendor',
    clauses: ['use-restrictions'],
    conditionalClauses: EU_MULTIMODAL,
    summary:
      'The uses Meta prohibits for Llama 3.2; it withholds the multimodal models from people and companies in the EU.',
    url: 'https://www.llama.com/llama3_2/use-policy/',
  }),
  define({
    id: 'llama3.3',
    name: 'Llama 3.3 Community License Agreement',
    aliases: ['llama-3.3', 'llama 3.3 community license', 'llama3_3'],
    family: 'vendor',
    clauses: LLAMA_31_ON,
    conditionalClauses: EU_MULTIMODAL,
    summary: 'As Llama 3.1; its use policy repeats the EU exclusion for multimodal models, though 3.3 is text-only.',
    url: `${HF}/Llama-3.3-70B-Instruct/blob/main/LICENSE`,
  }),
  define({
    id: 'llama4',
    name: 'Llama 4 Community License Agreement',
    aliases: ['llama-4', 'llama 4 community license'],
    family: 'vendor',
    clauses: LLAMA_31_ON,
    conditionalClauses: EU_MULTIMODAL,
    summary: 'As Llama 3.1, with the EU exclusion for multimodal models, which the Llama 4 models are.',
    url: `${HF}/Llama-4-Scout-17B-16E-Instruct/blob/main/LICENSE`,
  }),
  define({
    id: 'gemma',
    name: 'Gemma Terms of Use',
    aliases: ['gemma-terms-of-use', 'gemma-license', 'gemma terms'],
    family: 'vendor',
    clauses: ['use-restrictions', 'revocable'],
    summary:
      'Commercial use allowed under a prohibited-use policy that binds derivatives (distilled models included); Google may restrict use remotely.',
    url: 'https://ai.google.dev/gemma/terms',
  }),
];
