/**
 * The model card (README.md) as the Hugging Face adapter and others have read it so far: sections, links with the
 * words around them, code links (now with their role), the model's own papers and the datasets the card names. A thin
 * view over the hub-agnostic card reader in lib/cards, which does the reading; gather.ts applies that reading
 * directly (lib/cards/apply.ts).
 */
import { readCard, MAX_SCAN, type CardReading } from '../../cards/read-card';
import { HF_ORIGIN } from './endpoints';
import type { CardSection, CodeLink, DatasetRef, Paper } from '../../schema/model-facts';

export { stripFrontMatter } from '../../cards/blocks';
export { MAX_SCAN };

export interface ReadmeLink {
  url: string;
  /** The sentence of the unit that holds the link (list item, table row, paragraph). */
  context: string;
  /** The heading of the section the link is in. */
  section?: string;
}

export interface ReadmeFacts {
  truncated: boolean;
  sections: CardSection[];
  /** Sections about training data (their excerpts quote what the card says, named datasets or not). */
  trainingData: CardSection[];
  /** The card reports evaluation results in a table or in its text. */
  evaluationTable: boolean;
  links: ReadmeLink[];
  codeLinks: CodeLink[];
  papers: Paper[];
  datasets: DatasetRef[];
  /** The full structural reading. */
  reading: CardReading;
}

const TRAINING_DATA_HEADING =
  /(train|pre-?train|fine-?tun)\w*\W+(\w+\W+)?data|\bdata(set)?s?\b\W+(\w+\W+)?(used|for train)|^data(sets?)?$/i;

export function parseReadme(input: string, modelName = ''): ReadmeFacts {
  const reading = readCard(input, modelName);
  const seen = new Set<string>();
  const links: ReadmeLink[] = [];
  for (const link of reading.links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    const section = link.unit.headings[link.unit.headings.length - 1];
    links.push({ url: link.url, context: (link.sentence || link.text).slice(0, 400), ...(section ? { section } : {}) });
  }
  const datasets: DatasetRef[] = reading.trainingData.datasets.map((d) => ({
    id: d.id.slice(0, 256),
    role: d.role,
    availability: 'unknown',
    source: 'readme',
    quote: d.quote.slice(0, 400),
    ...(d.onHub ? { hub: 'huggingface' as const, url: `${HF_ORIGIN}/datasets/${d.id}` } : {}),
  }));
  return {
    truncated: reading.truncated,
    sections: reading.sections,
    trainingData: reading.sections.filter((s) => TRAINING_DATA_HEADING.test(s.heading)),
    evaluationTable: reading.evaluation.state === 'present',
    links,
    codeLinks: reading.codeLinks.map(({ pretraining: _pretraining, ...link }) => link),
    papers: reading.papers.own,
    datasets,
    reading,
  };
}
