/**
 * Reads a model card (README.md) by its structure: units with their headings, links attributed by the smallest unit
 * that holds them, and from these the card's own decisions, each with the words it rests on. Hub-agnostic and pure;
 * input is capped at MAX_SCAN characters and every step is linear in the card.
 */
import type { CardSection, CodeLink, CodeRole } from '../schema/model-facts';
import { baseHints, type BaseHint } from './base-hint';
import { plain, splitUnits, stripFrontMatter, type Unit } from './blocks';
import { readCheckpoints, type CheckpointReading } from './checkpoints';
import { codeRoleOf, isCodeLink } from './code-roles';
import { readEvaluation, type EvaluationReading } from './evaluation';
import { cardLinks, type CardLink } from './links';
import { readPapers, type PaperReading } from './papers';
import { readTrainingData, type TrainingDataReading } from './training-data';
import { codeRepo, isNotebook, parseUrl } from './urls';

export const MAX_SCAN = 1_000_000;
const MAX_SECTIONS = 200;
const EXCERPT = 600;
const MAX_CODE_LINKS = 100;

export interface CardCodeLink extends CodeLink {
  role: CodeRole;
  /** The deciding words speak of pretraining: for a fine-tune that is its base's code. */
  pretraining: boolean;
}

export interface CardReading {
  truncated: boolean;
  sections: CardSection[];
  links: CardLink[];
  codeLinks: CardCodeLink[];
  papers: PaperReading;
  trainingData: TrainingDataReading;
  evaluation: EvaluationReading;
  checkpoints?: CheckpointReading;
  baseHints: BaseHint[];
  /** The card presents the model as a repackaging (quantization, format conversion) of another: its words. */
  repackaged?: string;
}

/** Sections: each heading with a plain excerpt of the prose under it (code left out). */
function sectionsOf(units: readonly Unit[]): CardSection[] {
  const out: CardSection[] = [];
  let current: CardSection | null = null;
  for (const unit of units) {
    if (unit.kind === 'heading') {
      if (current && out.length < MAX_SECTIONS) out.push(current);
      current = { heading: unit.headings[unit.headings.length - 1] ?? '', excerpt: '' };
    } else if (current && unit.kind !== 'code' && current.excerpt.length < EXCERPT) {
      current.excerpt = `${current.excerpt} ${plain(unit.text.slice(0, 4 * EXCERPT))}`.trim().slice(0, EXCERPT);
    }
  }
  if (current && out.length < MAX_SECTIONS) out.push(current);
  return out;
}

const ROLE_ORDER: CodeRole[] = ['training', 'evaluation', 'preprocessing', 'fine-tuning', 'inference', 'other'];

/** One code link per repository and role, first occurrence first: a repository can be both trained with and run. */
function codeLinksOf(units: readonly Unit[], links: readonly CardLink[]): CardCodeLink[] {
  const byKey = new Map<string, CardCodeLink>();
  const repos = new Map<string, Set<CodeRole>>();
  for (const link of links) {
    if (!isCodeLink(link.url)) continue;
    const u = parseUrl(link.url);
    const repo = u ? (codeRepo(u) ?? (isNotebook(u) ? u.pathname.toLowerCase() : null)) : null;
    if (!repo) continue;
    const reading = codeRoleOf(link, units[link.unitIndex + 1]);
    const key = `${repo} ${reading.role}`;
    const existing = byKey.get(key);
    if (existing) {
      // A pretraining-only reading gives way to a plain one for the same repository.
      if (existing.pretraining && !reading.pretraining) existing.pretraining = false;
      continue;
    }
    if (byKey.size >= MAX_CODE_LINKS) break;
    byKey.set(key, {
      url: link.url.slice(0, 2048),
      context: reading.quote.slice(0, 400),
      role: reading.role,
      pretraining: reading.pretraining,
      source: 'readme',
    });
    const roles = repos.get(repo) ?? new Set<CodeRole>();
    roles.add(reading.role);
    repos.set(repo, roles);
  }
  // A repository read as something specific is not also listed as `other`.
  return [...byKey.values()]
    .filter((link) => {
      if (link.role !== 'other') return true;
      const u = parseUrl(link.url);
      const repo = u ? (codeRepo(u) ?? u.pathname.toLowerCase()) : '';
      return (repos.get(repo)?.size ?? 1) === 1;
    })
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

const REPACKAGED =
  /\b(quanti[sz]ed|quanti[sz]ations?|gguf|gptq|awq|exl2|converted)\b[^.\n]{0,60}\b(version|files|model files|weights) (of|for)\b|\bquanti[sz]ations of\b/i;

function repackagedQuote(units: readonly Unit[]): string | undefined {
  for (const unit of units.slice(0, 40)) {
    if (unit.kind === 'code') continue;
    const text = plain(unit.text);
    const m = REPACKAGED.exec(text);
    if (m)
      return text
        .slice(Math.max(0, m.index - 100), m.index + 200)
        .trim()
        .slice(0, 400);
  }
  return undefined;
}

/** Reads a card. `modelName` (the hub's id of the model) lets the paper reader tell a predecessor's report apart. */
export function readCard(input: string, modelName = ''): CardReading {
  const truncated = input.length > MAX_SCAN;
  const body = stripFrontMatter(truncated ? input.slice(0, MAX_SCAN) : input);
  const units = splitUnits(body);
  const links = cardLinks(units);
  const checkpoints = readCheckpoints(units, links);
  const repackaged = repackagedQuote(units);
  return {
    truncated,
    sections: sectionsOf(units),
    links,
    codeLinks: codeLinksOf(units, links),
    papers: readPapers(units, links, modelName),
    trainingData: readTrainingData(units, links),
    evaluation: readEvaluation(units),
    ...(checkpoints ? { checkpoints } : {}),
    baseHints: baseHints(units, modelName),
    ...(repackaged ? { repackaged } : {}),
  };
}
