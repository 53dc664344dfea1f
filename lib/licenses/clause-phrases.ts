/**
 * Phrases that signal a clause in a license text (licenses.md §1.4), lower case and normalised. Each is distinctive
 * enough to appear only where the clause is: bare "noncommercial" is not used because GPL says "noncommercially",
 * and bare "research purposes" is not used because permissive texts mention research too.
 */
import type { ClauseId } from '../schema/vocabulary';

export interface PhraseRule {
  id: ClauseId;
  phrase: string;
  /** Skip a match when the text just before it ends with one of these ("commercial and non-commercial uses"). */
  notAfter?: string[];
  /** Skip a match when its sentence contains one of these (a user threshold that only asks for a display). */
  notInSentence?: string[];
  /** Count a match only when its sentence also contains one of these. */
  inSentence?: string[];
}

const rules = (id: ClauseId, phrases: string[], extra: Omit<PhraseRule, 'id' | 'phrase'> = {}): PhraseRule[] =>
  phrases.map((phrase) => ({ id, phrase, ...extra }));

export const CLAUSE_PHRASES: readonly PhraseRule[] = [
  ...rules('non-commercial', [
    'attribution-noncommercial',
    'noncommercial means not primarily intended for',
    'non-commercial purposes only',
    'solely for non-commercial',
    'noncommercial research purposes',
    'non-commercial research purposes',
    'not for commercial use',
    'non-commercial license',
  ]),
  ...rules('non-commercial', ['non-commercial uses'], { notAfter: ['commercial and', 'commercial or', 'and/or'] }),
  ...rules('research-only', [
    'exclusively for research purposes',
    'for research purposes only',
    'non-revenue generating, research purposes',
    'and outputs for research purposes',
    'non-production environments',
    'for testing, research, personal, or evaluation purposes',
  ]),
  ...rules('user-cap', ['million monthly active users'], { notInSentence: ['display'] }),
  // "Modified MIT": above a user or revenue threshold the product must display the model's name.
  ...rules('naming', ['million monthly active users', 'million us dollars'], { inSentence: ['display'] }),
  ...rules('revenue-cap', ['in annual revenue', 'consolidated monthly revenue']),
  ...rules('use-restrictions', [
    'acceptable use policy',
    'prohibited use policy',
    'use-based restrictions',
    'you agree not to use the model or derivatives of the model',
    'to provide medical advice and medical results interpretation',
    'for military use in any way',
    'military, warfare, nuclear industries',
    'you may not use nor allow others to use',
    'to generate and/or disseminate malware',
    'compliance with the restrictions in attachment a',
    'reduce the efficacy of, or circumvent any technical limitation, safety guardrail',
  ]),
  ...rules('output-restriction', [
    'to improve any other large language model',
    'to create or improve any foundational generative ai model',
    'to train, create, or improve any foundational, large language, or general-purpose ai models',
    'synthetic data for commercial uses',
  ]),
  ...rules('naming', [
    'built with llama',
    'built with meta llama',
    'at the beginning of any such ai model name',
    'built with qwen',
    'improved using qwen',
    'powered by stability ai',
    'powered by xai',
    'is built using falcon llm technology',
    'is built using artificial intelligence technology from the technology innovation institute',
  ]),
  ...rules('no-derivatives', [
    'noderivatives',
    'noderivs',
    'permission under this public license to share adapted material',
    'may not distribute the model',
  ]),
  ...rules('share-alike', ['sharealike', 'share-alike', 'share alike']),
  ...rules('revocable', [
    'restrict (remotely or otherwise) usage',
    'acceptable use policy may be updated from time to time',
    'may update this agreement',
  ]),
  // The leading space keeps "irrevocable" and "non-revocable" out.
  ...rules('revocable', [' revocable'], { notAfter: ['not', 'never'] }),
  ...rules('geographic', [
    'principal place of business in, the european union',
    'with respect to any multimodal models included in llama',
  ]),
  ...rules('no-hosting', ['hosting use', 'as part of your hosted service or via your apis', 'model as a service']),
  ...rules('no-resale', [
    'not sell the model',
    'not sell this model',
    'not resell the model',
    'not sell or resell',
    'not sell, resell',
  ]),
];
