/**
 * A Kaggle page's record as ModelFacts (beta). The license display name goes through the knowledge base
 * ("Attribution 4.0 International (CC BY 4.0)" → cc-by-4.0); training data are named, not looked up; a variation
 * page offers its files for download, so its weights count as published.
 */
import * as z from 'zod/mini';
import { lookupLicense } from '../../licenses';
import { emptyFacts, text, type ModelFacts } from '../../schema/model-facts';
import { kaggleHub } from './descriptor';
import { modelPageUrl } from './urls';

export const KagglePageRecordSchema = z.object({
  license: z.optional(text(256)),
  trainingData: z.optional(z.array(text(256)).check(z.maxLength(50))),
  baseModel: z.optional(text(256)),
});

export function kaggleToFacts(id: string, record: unknown): ModelFacts | undefined {
  const parsed = KagglePageRecordSchema.safeParse(record ?? {});
  if (!parsed.success) return undefined;
  const page = parsed.data;
  const facts = emptyFacts('kaggle', id, modelPageUrl(id));
  facts.notes.push({ code: 'hub-beta', params: { hub: kaggleHub.label } });
  if (page.license) {
    const entry = lookupLicense(page.license);
    facts.licenses.push({ id: entry?.id ?? page.license.toLowerCase(), name: page.license, source: 'page' });
  }
  for (const name of page.trainingData ?? [])
    facts.datasets.push({ id: name, role: 'training', availability: 'unknown', source: 'page' });
  if (page.baseModel) facts.baseModels.push({ id: page.baseModel, relation: 'finetune' });
  // A variation (owner/model/framework/variation) is a downloadable set of files.
  if (id.split('/').length === 4)
    facts.access.weights = { state: 'present', evidence: [{ kind: 'record-field', detail: `Kaggle variation ${id}` }] };
  facts.docs.card = 'unknown';
  return facts;
}
