/**
 * The committed expert snapshot (written by `npm run experts:update -- DIR`, docs/EXPERTS.md), validated once.
 * Imported by the background and the command line only: it is far too large for a content script.
 */
import { ExpertSnapshotSchema, type ExpertSnapshot } from '../schema/experts';
import data from './snapshot.json';

export const EXPERT_SNAPSHOT: ExpertSnapshot = ExpertSnapshotSchema.parse(data);
