/**
 * License assessment of one model's own declarations (inherited clauses are added by lineage.ts): every declaration
 * looked up in the knowledge base, unknown ones read from their text, hub permission flags as clauses, conditional
 * clauses applied only where they apply. Several licenses: all are listed and the most restrictive decides.
 */
import type { Clause, LicenseAssessment, LicenseEntrySummary } from '../schema/assessment';
import type { ModelFactsCore } from '../schema/model-facts';
import { CLAUSE_IDS, type ClauseId } from '../schema/vocabulary';
import { mostRestrictive, resolveDeclaration, type ResolvedLicense } from './license-lookup';
import { MULTIMODAL_PIPELINES, MULTIMODAL_TAGS } from './signals';

export interface OwnLicense {
  assessment: LicenseAssessment;
  resolved: ResolvedLicense[];
  /** The id of the most restrictive declared license: what components in the repository are assumed to be under. */
  decisiveId: string | undefined;
}

export function isMultimodal(facts: Pick<ModelFactsCore, 'pipelineTag' | 'tags'>): boolean {
  if (facts.pipelineTag && MULTIMODAL_PIPELINES.has(facts.pipelineTag.toLowerCase())) return true;
  return facts.tags.some((tag) => MULTIMODAL_TAGS.has(tag.toLowerCase()));
}

function summary(resolved: ResolvedLicense): LicenseEntrySummary {
  const { entry, declaration } = resolved;
  const url = entry?.url ?? (declaration.link && /^https?:\/\//i.test(declaration.link) ? declaration.link : undefined);
  const out: LicenseEntrySummary = {
    id: entry?.id ?? resolved.id,
    name: (entry?.name ?? declaration.name ?? declaration.id).slice(0, 256),
    known: entry !== undefined,
    family: entry?.family ?? null,
    osiApproved: entry ? entry.osiApproved : null,
    openData: entry ? entry.openData : null,
    summary: entry?.summary.slice(0, 400) ?? null,
  };
  if (url) out.url = url.slice(0, 2048);
  if (declaration.source === 'base-model' && declaration.from) out.inheritedFrom = declaration.from.slice(0, 256);
  return out;
}

/**
 * Clauses sorted in vocabulary order, one per id. The first source wins (knowledge base, text, hub flag), except
 * that a certain finding replaces an unclear one.
 */
export function sortClauses(clauses: Clause[]): Clause[] {
  const byId = new Map<ClauseId, Clause>();
  for (const clause of clauses) {
    const seen = byId.get(clause.id);
    if (!seen || (seen.unclear && !clause.unclear)) byId.set(clause.id, clause);
  }
  const unique = [...byId.values()];
  return unique.sort((a, b) => CLAUSE_IDS.indexOf(a.id) - CLAUSE_IDS.indexOf(b.id));
}

export function assessOwnLicense(facts: ModelFactsCore): OwnLicense {
  const resolved = facts.licenses.map(resolveDeclaration);
  const multimodal = isMultimodal(facts);
  const clauses: Clause[] = [];
  for (const license of resolved) {
    // A license the hub says the model inherits from its base: its clauses are shown as the base's.
    const from = license.declaration.source === 'base-model' ? license.declaration.from : undefined;
    const read = new Map(license.textClauses.map((found) => [found.id, found]));
    const known = (id: ClauseId, when?: 'multimodal'): Clause => {
      const clause: Clause = from
        ? { id, source: 'base-model', from: from.slice(0, 256) }
        : { id, source: 'knowledge-base' };
      // The knowledge base decides; the text, when it was read too, shows the sentence.
      const quote = read.get(id)?.quote;
      if (quote) clause.quote = quote.slice(0, 1000);
      if (when) clause.when = when;
      return clause;
    };
    if (license.entry) {
      for (const id of license.entry.clauses) clauses.push(known(id));
      for (const conditional of license.entry.conditionalClauses ?? []) {
        if (conditional.when === 'multimodal' && multimodal) clauses.push(known(conditional.id, 'multimodal'));
      }
    }
    const listed = new Set<ClauseId>([
      ...(license.entry?.clauses ?? []),
      ...(license.entry?.conditionalClauses ?? []).map((conditional) => conditional.id),
    ]);
    for (const found of license.textClauses) {
      if (found.when === 'multimodal' && !multimodal) continue;
      const clause: Clause = { id: found.id, source: 'text', quote: found.quote.slice(0, 1000) };
      if (found.when) clause.when = found.when;
      if (found.unclear) clause.unclear = { code: found.unclear.slice(0, 64) };
      // A license the knowledge base knows: a clause its entry lacks is shown, but as the reader's word against the
      // entry's, it decides nothing alone.
      else if (license.entry && !listed.has(found.id))
        clause.unclear = { code: 'clause-unclear-not-in-knowledge-base' };
      clauses.push(clause);
    }
  }
  for (const flag of facts.hubFlags) clauses.push({ id: flag.id, source: 'hub-flag', quote: flag.detail });

  const ids = [...new Set(resolved.map((license) => license.id))];
  const declared = resolved.length > 0;
  const assessment: LicenseAssessment = {
    ids,
    osiApproved: declared ? resolved.every((license) => license.entry?.osiApproved === true) : null,
    openData: declared ? resolved.every((license) => license.entry?.openData === true) : null,
    entries: resolved.map(summary),
    clauses: sortClauses(clauses),
  };
  const decisive = mostRestrictive(resolved.map((license) => license.entry?.id ?? license.id));
  return { assessment, resolved, decisiveId: decisive };
}
