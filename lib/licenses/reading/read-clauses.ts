/**
 * Reads the clauses of a license text sentence by sentence (reading/clause-rules.ts), then through the terms a grant
 * is limited to (reading/definitions.ts): "You shall only use the Model for Research Purposes" plus "Research
 * Purposes means non-commercial research …" is a non-commercial, research-only license. Each clause found once,
 * quoted with the sentence it rests on, limited to multimodal models where the sentence (or a term it uses) is.
 */
import { CLAUSE_IDS, type ClauseId } from '../../schema/vocabulary';
import type { TextClause } from '../types';
import { CLAUSE_RULES, grantsCommercialUse, type RuleHit } from './clause-rules';
import { findDefinitions, mentions, type Definitions } from './definitions';
import type { Unit } from './units';
import { unitsOf } from './units';
import * as V from './vocabulary';

const MAX_QUOTE = 300;

/** The sentence, or a window of it centred on the words the clause rests on, with the cuts marked. */
export function quoteOf(unit: Unit, at: number): string {
  const text = unit.text;
  if (text.length <= MAX_QUOTE) return text;
  const budget = MAX_QUOTE - 2;
  const from = Math.max(0, Math.min(at - Math.floor(budget / 3), text.length - budget));
  const to = Math.min(text.length, from + budget);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Terms defined as multimodal models ("X Model" means a multimodal Model …). */
function multimodalTerms(defs: Definitions): string[] {
  const out: string[] = [];
  for (const [term, units] of defs.byTerm) {
    if (
      units.some((u) => /\b(?:means|shall mean|refers to)\s{1,3}(?:a|an|any|the)?\s{0,3}multi-?modal\b/i.test(u.text))
    )
      out.push(term);
  }
  return out;
}

function conditionOf(unit: Unit, mmTerms: readonly string[]): TextClause['when'] {
  const scope = unit.leadIn ? `${unit.leadIn} ${unit.text}` : unit.text;
  if (V.MULTIMODAL_ONLY.test(scope)) return 'multimodal';
  return mmTerms.some((term) => mentions(scope, term)) ? 'multimodal' : undefined;
}

/** Clauses a limiting term's definition carries: non-commercial, research-only, no hosting. */
function fromLimitingTerms(defs: Definitions): Map<ClauseId, { unit: Unit; at: number }> {
  const out = new Map<ClauseId, { unit: Unit; at: number }>();
  const add = (id: ClauseId, unit: Unit, m: RegExpExecArray | null) => {
    if (m && !out.has(id)) out.set(id, { unit, at: m.index });
  };
  for (const term of defs.limiting) {
    for (const unit of defs.byTerm.get(term) ?? []) {
      const text = unit.text;
      if (!V.BOTH_WAYS.test(text)) add('non-commercial', unit, V.NON_COMMERCIAL.exec(text));
      // "Research Purposes does not include any commercial exploitation" (but a term about commerce says nothing
      // by mentioning it).
      if (V.EXCLUDES.test(text) && !V.COMMERCIAL.test(term)) add('non-commercial', unit, V.COMMERCIAL.exec(text));
      // A limit to research, evaluation or testing, or a term that excludes production use.
      if (/\bresearch\b/i.test(term)) add('research-only', unit, /\bresearch\b/i.exec(text));
      // "'Study Use' means use for academic study": the limited purpose is defined as research.
      if (/\b(?:use|uses|purposes?|activit(?:y|ies))\b/i.test(term))
        add(
          'research-only',
          unit,
          /\b(?:means|shall mean)\b[^.;]{0,80}?\b(?:research|academic|scientific|evaluation|testing)\b/i.exec(text),
        );
      add('research-only', unit, /\b(?:research|evaluation|testing)\b[^.;]{0,40}?\bonly\b/i.exec(text));
      if (V.EXCLUDES.test(text)) add('research-only', unit, V.PRODUCTION.exec(text));
      if (/\b(?:does not include|shall not include|excludes?)\b/i.test(text))
        add('no-hosting', unit, V.HOSTING.exec(text));
    }
  }
  return out;
}

export function readClauses(normalised: string): TextClause[] {
  const units = unitsOf(normalised);
  const defs = findDefinitions(units);
  const ctx = { defs, grantsCommercialUse: grantsCommercialUse(units) };
  const mmTerms = multimodalTerms(defs);
  const found = new Map<ClauseId, TextClause>();
  const record = (id: ClauseId, unit: Unit, h: RuleHit) => {
    const when = conditionOf(unit, mmTerms);
    const previous = found.get(id);
    // An unconditional or certain finding beats a conditional or unclear one.
    if (previous && (previous.when === undefined || when !== undefined) && (!previous.unclear || h.unclear)) return;
    const clause: TextClause = { id, quote: quoteOf(unit, h.at) };
    if (when) clause.when = when;
    if (h.unclear) clause.unclear = h.unclear;
    found.set(id, clause);
  };
  for (const unit of units) {
    for (const id of CLAUSE_IDS) {
      const h = CLAUSE_RULES[id](unit, ctx);
      if (h) record(id, unit, h);
    }
  }
  for (const [id, { unit, at }] of fromLimitingTerms(defs)) record(id, unit, { at });
  return CLAUSE_IDS.filter((id) => found.has(id)).map((id) => found.get(id)!);
}
