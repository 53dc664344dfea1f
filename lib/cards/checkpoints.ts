/**
 * Intermediate checkpoints the card says are released: "N checkpoints … hosted as branches", "all checkpoints",
 * "every 1000 steps", a revision named by step, or links to checkpoint revisions of the model. A model's own final
 * weights, its other sizes, or its base and instruct versions are not intermediate checkpoints.
 */
import { plain, type Unit } from './blocks';
import type { CardLink } from './links';

export interface CheckpointReading {
  quote: string;
  heading?: string;
}

const CHECKPOINT = /\bcheckpoints?\b/i;
/**
 * Words that make the checkpoints intermediate ones. A branch alone is not: "the final checkpoint is on the main
 * branch" is the model itself; branches or revisions per step or per checkpoint are.
 */
const INTERMEDIATE =
  /\bintermediate\b|\bevery [\d,]{1,12} (\w{1,30} )?steps\b|\b(all|many|\d{1,6}) (\w{1,30} ){0,2}checkpoints\b|\ball (\w{1,30}, ){1,4}checkpoints\b|\bcheckpoints per\b|\blast \d{1,4} checkpoints\b|\bbefore (cooldown|annealing|decay)\b|\bmore checkpoints\b|\btraining checkpoints\b|\b(step|checkpoint|training)[- ](branch(es)?|revisions?)\b|\b(each|every|separate|different) (\w{1,30} ){0,2}(branch(es)?|revisions?)\b|\b(each|every) checkpoint\b[^.]{0,60}\b(branch|revision)\b/i;
const RELEASED =
  /\breleas\w*|\bavailable\b|\bprovided?\b|\bhosted\b|\bcontains?\b|\bdownload\w*|\bupload\w*|\bpublish\w*/i;
/** A revision named by training step (`step1000`, `global_step420000`, `ckpt_358`). */
const REVISION = /\b(global_)?step[-_]?\d{1,9}\b|\bckpt[-_]?\d{1,6}\b/i;
const CHECKPOINT_BRANCH = /\/tree\/[\w.-]{0,40}(ckpt|step|checkpoint)[-_]?\d/i;

export function readCheckpoints(units: readonly Unit[], links: readonly CardLink[]): CheckpointReading | undefined {
  for (const unit of units) {
    if (unit.kind === 'code' || unit.kind === 'table-row') continue;
    const text = plain(unit.text);
    if (!CHECKPOINT.test(text)) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+/).slice(0, 200)) {
      if (!CHECKPOINT.test(sentence)) continue;
      const claimed = (INTERMEDIATE.test(sentence) && RELEASED.test(sentence)) || REVISION.test(sentence);
      if (claimed) {
        const heading = unit.headings[unit.headings.length - 1];
        return { quote: sentence.slice(0, 400), ...(heading ? { heading: heading.slice(0, 200) } : {}) };
      }
    }
  }
  // Links to the model's checkpoint revisions (a table of `tree/ckpt_358` links under a checkpoints heading).
  const link = links.find((l) => CHECKPOINT_BRANCH.test(l.url));
  if (link) {
    const heading = link.unit.headings[link.unit.headings.length - 1];
    return { quote: (heading ?? link.text ?? link.url).slice(0, 400), ...(heading ? { heading } : {}) };
  }
  return undefined;
}
