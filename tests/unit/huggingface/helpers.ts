import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseModelRecord, type HfModelRecord } from '../../../lib/hubs/huggingface/record';

export const HUB_DIR = path.resolve(import.meta.dirname, '../../fixtures/hub');

export function apiRecord(id: string): HfModelRecord {
  const json: unknown = JSON.parse(readFileSync(path.join(HUB_DIR, 'huggingface.co/api/models', `${id}.json`), 'utf8'));
  const parsed = parseModelRecord(json, 'api');
  if (!parsed.ok) throw new Error(`fixture ${id}: ${parsed.reason}`);
  return parsed.record;
}

export const fixtureText = (rel: string): string => readFileSync(path.join(HUB_DIR, rel), 'utf8');
