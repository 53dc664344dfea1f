/**
 * Puts a card reading into a model's facts: the one path every hub adapter (and the eval) uses, so what the card
 * says reaches the engine the same way everywhere. Pure: returns nothing, changes `facts` in place.
 */
import type { CodeLink, DatasetRef, ModelFacts, Paper } from '../schema/model-facts';
import { TRAINING_DATA_HEADING } from '../openness/signals';
import type { CardReading } from './read-card';

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function applyPapers(facts: ModelFacts, reading: CardReading): void {
  const { own, mentioned } = reading.papers;
  const repackaged = reading.repackaged !== undefined || facts.baseModels.some((b) => b.relation === 'quantized');
  const ownIds = new Set(own.filter((p) => p.kind === 'arxiv').map((p) => p.id.toLowerCase()));
  // The hub tags every arXiv id the README links: keep a tag only when the card cites it as its own, or never cites it.
  // A paper the hub's record names itself (ModelScope's RelatedArxivId, source `api`) is no derived tag: it stays.
  const kept: Paper[] = [];
  for (const paper of facts.papers) {
    const id = paper.id.toLowerCase();
    const quote = paper.kind === 'arxiv' && !repackaged ? own.find((p) => p.id.toLowerCase() === id)?.quote : undefined;
    if (paper.kind !== 'arxiv' || !mentioned.has(paper.id)) kept.push(paper);
    else if (paper.source !== 'tag' || (!repackaged && ownIds.has(id))) kept.push(quote ? { ...paper, quote } : paper);
  }
  if (!repackaged) {
    for (const paper of own) {
      if (kept.length >= 100) break;
      if (!kept.some((q) => q.kind === paper.kind && sameId(q.id, paper.id))) kept.push(paper);
    }
  }
  facts.papers = kept;
}

function applyDatasets(facts: ModelFacts, reading: CardReading): void {
  for (const d of reading.trainingData.datasets) {
    if (facts.datasets.length >= 200) break;
    const id = d.id.slice(0, 256);
    if (facts.datasets.some((e) => sameId(e.id, id))) continue;
    const ref: DatasetRef = {
      id,
      role: d.role,
      availability: 'unknown',
      source: 'readme',
      quote: d.quote.slice(0, 400),
    };
    if (d.hub) ref.hub = d.hub;
    if (d.url) ref.url = d.url.slice(0, 2048);
    facts.datasets.push(ref);
  }
}

/** Code links with their roles; for a fine-tune, code read only as pretraining code is its base's. */
function applyCode(facts: ModelFacts, reading: CardReading): void {
  const fineTune = facts.baseModels.length > 0 || reading.baseHints.length > 0;
  facts.codeLinks = reading.codeLinks.slice(0, 100).map(({ pretraining, role, ...link }): CodeLink => {
    const own = role === 'training' && pretraining && fineTune ? 'other' : role;
    return { ...link, role: own };
  });
}

export function applyCardReading(facts: ModelFacts, reading: CardReading): void {
  facts.docs.card = 'present';
  // Training-data sections first (the engine's own test of a heading), so the section cap never drops them.
  const dataSections = reading.sections.filter((s) => TRAINING_DATA_HEADING.test(s.heading));
  facts.docs.sections = [...dataSections, ...reading.sections.filter((s) => !dataSections.includes(s))].slice(0, 200);
  applyCode(facts, reading);
  applyPapers(facts, reading);
  applyDatasets(facts, reading);
  const { description } = reading.trainingData;
  if (description) facts.docs.trainingData = { ...description };
  // A non-empty model-index (from the record) is results; otherwise what the card's text and tables show.
  if (facts.docs.evaluationResults) facts.docs.evaluation = { state: 'present', source: 'model-index' };
  else {
    const e = reading.evaluation;
    facts.docs.evaluation = { state: e.state, source: e.source, ...(e.quote ? { quote: e.quote } : {}) };
    facts.docs.evaluationResults = e.state === 'present';
  }
  if (reading.checkpoints) facts.docs.checkpoints = { ...reading.checkpoints };
  if (facts.baseModels.length === 0 && reading.baseHints.length > 0)
    facts.baseModelHints = reading.baseHints.slice(0, 5).map((h) => ({ id: h.id.slice(0, 256), quote: h.quote }));
}
