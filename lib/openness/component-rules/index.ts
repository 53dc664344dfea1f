/** The 17 components of one model, from its own facts (lineage.ts carries the bases' gaps down afterwards). */
import type { ComponentAssessment } from '../../schema/assessment';
import type { ModelFactsCore } from '../../schema/model-facts';
import { COMPONENT_IDS, type ComponentId } from '../../schema/vocabulary';
import { reason } from '../reasons';
import { intermediateWeights, modelMetadata } from './artifacts';
import { evaluationCode, preprocessingCode, supportingLibraries, trainingCode } from './code';
import type { ComponentContext } from './common';
import { evaluationData, trainingData } from './datasets';
import { dataCard, evaluationResults, modelCard, researchPaper, sampleOutputs, technicalReport } from './documentation';
import { architecture, inferenceCode, weights } from './use';

export type Components = Record<ComponentId, ComponentAssessment>;
export type { ComponentContext } from './common';

export function assessComponents(facts: ModelFactsCore, modelLicense: string | undefined): Components {
  if (facts.access.status !== 'public') {
    const why = reason('model-not-accessible', { status: facts.access.status });
    const unknown = (): ComponentAssessment => ({ status: 'unknown', evidence: [], reason: why });
    return Object.fromEntries(COMPONENT_IDS.map((id) => [id, unknown()])) as Components;
  }
  const ctx: ComponentContext = { facts, modelLicense };
  const training = trainingCode(ctx);
  return {
    architecture: architecture(ctx),
    weights: weights(ctx),
    'inference-code': inferenceCode(ctx),
    'model-card': modelCard(ctx),
    'data-card': dataCard(ctx),
    'evaluation-results': evaluationResults(ctx),
    'evaluation-code': evaluationCode(ctx),
    'evaluation-data': evaluationData(ctx),
    'technical-report': technicalReport(ctx),
    'sample-outputs': sampleOutputs(ctx),
    'training-data': trainingData(ctx),
    'training-code': training,
    'data-preprocessing-code': preprocessingCode(ctx, training),
    'intermediate-weights': intermediateWeights(ctx),
    'research-paper': researchPaper(ctx),
    'model-metadata': modelMetadata(ctx),
    'supporting-libraries': supportingLibraries(ctx),
  };
}
