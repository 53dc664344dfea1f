/**
 * The hand-written labels `npm run eval` scores against (tests/eval/labels/README.md): one reading per corpus text,
 * each decision with a short quote of the words it rests on. Validated here so a typo in a label fails loudly.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CLAUSE_IDS } from '../../lib/schema/vocabulary';

const Quote = z.string().min(3).max(400);

const ClauseLabel = z.object({ quote: Quote, when: z.literal('multimodal').optional() }).strict();

export const LicenseLabelSchema = z
  .object({
    kind: z.enum(['license', 'policy']),
    policy: z.string().optional(),
    clauses: z.partialRecord(z.enum(CLAUSE_IDS), ClauseLabel),
    unclear: z.partialRecord(z.enum(CLAUSE_IDS), z.string()).optional(),
    note: z.string().optional(),
  })
  .strict();
export type LicenseLabel = z.infer<typeof LicenseLabelSchema>;

const Presence = z
  .object({ present: z.boolean(), url: z.string().optional(), quote: Quote.optional() })
  .strict()
  .refine((p) => !p.present || p.quote !== undefined || p.url !== undefined, 'a present finding needs a quote or url');

export const TRAINING_DATA_KINDS = ['named', 'described', 'vague', 'none'] as const;
export const EVALUATION_VALUES = ['present', 'absent', 'image-only'] as const;

export const CardLabelSchema = z
  .object({
    trainingCode: Presence,
    evaluationCode: Presence,
    trainingData: z
      .object({ kind: z.enum(TRAINING_DATA_KINDS), datasets: z.array(z.string()).optional(), quote: Quote.optional() })
      .strict(),
    paper: Presence,
    evaluationResults: z.object({ value: z.enum(EVALUATION_VALUES), quote: Quote.optional() }).strict(),
    checkpoints: z.object({ present: z.boolean(), quote: Quote.optional() }).strict(),
    baseModelFromText: z.object({ id: z.string().nullable(), quote: Quote.optional() }).strict(),
    note: z.string().optional(),
  })
  .strict();
export type CardLabel = z.infer<typeof CardLabelSchema>;

export const CARD_FIELDS = [
  'trainingCode',
  'evaluationCode',
  'trainingData',
  'paper',
  'evaluationResults',
  'checkpoints',
  'baseModelFromText',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export function loadLabels<T extends z.ZodType>(file: string, schema: T): Record<string, z.infer<T>> {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return z.record(z.string(), schema).parse(raw);
}
