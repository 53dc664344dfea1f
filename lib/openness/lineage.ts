/**
 * Lineage (docs/METHOD.md, "Lineage"): the bases' clauses and their training-data and training-code gaps carry down to a derivative
 * (finetune, adapter, quantized; merge = union over the bases). An unresolved base makes inherited facts unknown,
 * not missing. A derivative whose own license lacks a clause its base carries is "looser than its base".
 * Cycle-safe: every base is assessed once, and the walk never revisits an id.
 */
import type { Clause, ComponentAssessment, LineageEntry } from '../schema/assessment';
import type { Evidence, LineageFacts, ModelFacts } from '../schema/model-facts';
import { CLAUSE_IDS, REPLICATION_COMPONENTS, type ClauseId, type ComponentStatus } from '../schema/vocabulary';
import { assessComponents, type Components } from './component-rules';
import { assessOwnLicense, type OwnLicense } from './license';
import { reason, type EngineReason } from './reasons';

/** The components whose gaps carry down from a base. */
export const CARRIED = ['training-data', 'training-code'] as const;
type Carried = (typeof CARRIED)[number];

interface Carry {
  status: ComponentStatus;
  /** The bases responsible for the status. */
  from: string[];
}

interface Effective {
  clauses: { id: ClauseId; from: string; quote?: string }[];
  carry: Record<Carried, Carry>;
  gaps: LineageEntry['gaps'];
}

export interface LineageResult {
  entries: LineageEntry[];
  /** Clauses the bases pass down, `source: 'base-model'`, one per id, in vocabulary order. */
  inheritedClauses: Clause[];
  /** The model's components with the bases' gaps carried down. */
  inheritedComponents: Components;
  warnings: EngineReason[];
}

const SEVERITY: Record<ComponentStatus, number> = { present: 0, unknown: 1, partial: 2, missing: 3 };

/** The union of the bases' gaps: the worst status wins, and every base with that status is named. */
function aggregate(carries: Carry[]): Carry {
  if (carries.length === 0) return { status: 'present', from: [] };
  const worst = carries.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a)).status;
  return { status: worst, from: [...new Set(carries.filter((c) => c.status === worst).flatMap((c) => c.from))] };
}

/** A derivative's status given its own and its bases' (the bases' part of the data or code is part of its own). */
function combine(own: ComponentStatus, bases: ComponentStatus, quantized: boolean): ComponentStatus {
  if (quantized && own === 'unknown') return bases;
  switch (bases) {
    case 'present':
      return own;
    case 'missing':
      return own === 'present' || own === 'partial' ? 'partial' : 'missing';
    case 'partial':
      return own === 'missing' ? 'missing' : 'partial';
    case 'unknown':
      return own === 'missing' ? 'missing' : 'unknown';
  }
}

function baseUrl(node: LineageFacts): string | undefined {
  const url = node.facts?.url;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function assessLineage(facts: ModelFacts, ownLicense: OwnLicense, own: Components): LineageResult {
  // One node per base id (the first occurrence), ignoring the model itself.
  const nodes = new Map<string, LineageFacts>();
  for (const node of facts.lineage) {
    if (node.id !== facts.id && !nodes.has(node.id)) nodes.set(node.id, node);
  }
  // Declared bases the adapter did not follow are unresolved entries.
  for (const base of facts.baseModels) {
    if (base.id !== facts.id && !nodes.has(base.id)) {
      nodes.set(base.id, {
        id: base.id,
        relation: base.relation,
        parent: facts.id,
        depth: 1,
        status: 'unresolved',
        reason: reason('base-not-followed'),
      });
    }
  }
  const children = (parent: string) => [...nodes.values()].filter((node) => node.parent === parent);
  const rootBases = children(facts.id);

  const ownOf = new Map<string, { license: OwnLicense; components: Components }>();
  const ownFacts = (node: LineageFacts) => {
    let cached = ownOf.get(node.id);
    if (!cached && node.status === 'resolved' && node.facts) {
      const license = assessOwnLicense(node.facts);
      cached = { license, components: assessComponents(node.facts, license.decisiveId) };
      ownOf.set(node.id, cached);
    }
    return cached;
  };

  const memo = new Map<string, Effective>();
  const effective = (node: LineageFacts, visiting: Set<string>): Effective => {
    const done = memo.get(node.id);
    if (done) return done;
    const mine = ownFacts(node);
    if (!mine) {
      const unknownCarry = { status: 'unknown' as const, from: [node.id] };
      const result: Effective = {
        clauses: [],
        carry: { 'training-data': unknownCarry, 'training-code': unknownCarry },
        gaps: [],
      };
      memo.set(node.id, result);
      return result;
    }
    visiting.add(node.id);
    const bases = children(node.id)
      .filter((child) => !visiting.has(child.id))
      .map((child) => effective(child, visiting));
    visiting.delete(node.id);
    const clauses = [
      ...mine.license.assessment.clauses.map((clause) => ({ id: clause.id, from: node.id, quote: clause.quote })),
      ...bases.flatMap((base) => base.clauses),
    ];
    const carry = {} as Record<Carried, Carry>;
    for (const component of CARRIED) {
      const ownStatus = mine.components[component].status;
      const agg = aggregate(bases.map((base) => base.carry[component]));
      const status = combine(ownStatus, agg.status, node.relation === 'quantized');
      carry[component] = {
        status,
        from: status === ownStatus && agg.status === 'present' ? [node.id] : [node.id, ...agg.from],
      };
    }
    const gaps = REPLICATION_COMPONENTS.filter((component) => {
      const status = (CARRIED as readonly string[]).includes(component)
        ? carry[component as Carried].status
        : mine.components[component].status;
      return status === 'missing' || status === 'partial';
    });
    const result: Effective = { clauses, carry, gaps };
    memo.set(node.id, result);
    return result;
  };

  const visiting = new Set<string>([facts.id]);
  const entries: LineageEntry[] = [];
  for (const node of [...nodes.values()].sort((a, b) => a.depth - b.depth)) {
    const result = effective(node, visiting);
    const entry: LineageEntry = {
      id: node.id,
      relation: node.relation,
      parent: node.parent,
      depth: node.depth,
      status: node.status === 'resolved' && node.facts ? 'resolved' : 'unresolved',
      license: { ids: ownFacts(node)?.license.assessment.ids ?? [] },
      clauses: CLAUSE_IDS.filter((id) => result.clauses.some((clause) => clause.id === id)),
      gaps: result.gaps,
    };
    const why =
      node.reason ?? (entry.status === 'unresolved' ? reason('base-unresolved', { base: node.id }) : undefined);
    if (why) entry.reason = why;
    entries.push(entry);
  }

  // Clauses the direct bases (and their ancestors) pass down.
  const baseResults = rootBases.map((node) => ({ node, result: effective(node, visiting) }));
  const inheritedClauses: Clause[] = [];
  for (const id of CLAUSE_IDS) {
    const found = baseResults.flatMap(({ result }) => result.clauses).find((clause) => clause.id === id);
    if (found) {
      const clause: Clause = { id, source: 'base-model', from: found.from };
      if (found.quote) clause.quote = found.quote;
      inheritedClauses.push(clause);
    }
  }

  // The gaps carried down to the model itself.
  const inheritedComponents: Components = { ...own };
  for (const component of CARRIED) {
    const ownComponent = own[component];
    const carries = baseResults.map(({ result }) => result.carry[component]);
    const agg = aggregate(carries);
    if (carries.length === 0) continue;
    const quantized = rootBases.some((node) => node.relation === 'quantized');
    if (agg.status === 'present') {
      // A quantized copy's data and code are its base's: released when the base releases them.
      const source = rootBases
        .map((node) => ownFacts(node)?.components[component])
        .find((c) => c?.status === 'present');
      if (quantized && ownComponent.status === 'unknown' && source) {
        const from = rootBases[0]?.id ?? '';
        inheritedComponents[component] = {
          ...source,
          evidence: [{ kind: 'base-model', detail: from } as Evidence, ...source.evidence].slice(0, 20),
          inheritedFrom: from,
        };
      }
      continue;
    }
    const status = combine(ownComponent.status, agg.status, quantized);
    const evidence: Evidence[] = agg.from.map((id) => {
      const node = nodes.get(id);
      const item: Evidence = {
        kind: 'base-model',
        detail: id,
      };
      const url = node && baseUrl(node);
      if (url) item.url = url;
      return item;
    });
    // When the model's own finding already decides the status (its own gap, or what its card says with a quote),
    // that finding stays the reason; the base is still named as evidence.
    const ownDecides =
      status === ownComponent.status &&
      ownComponent.reason !== undefined &&
      (status === 'missing' || ownComponent.evidence.some((item) => item.quote !== undefined));
    const next: ComponentAssessment = {
      ...ownComponent,
      status,
      evidence: [...evidence, ...ownComponent.evidence].slice(0, 20),
      reason: ownDecides
        ? ownComponent.reason
        : agg.status === 'unknown'
          ? reason('inherited-unknown', { base: agg.from.join(', '), component })
          : reason('inherited-gap', { base: agg.from.join(', '), component }),
      inheritedFrom: agg.from[0] ?? '',
    };
    if (status === 'partial' && ownComponent.status === 'present') next.license = ownComponent.license ?? null;
    inheritedComponents[component] = next;
  }

  // Preprocessing code that counts as part of the training code follows it.
  const preprocessing = own['data-preprocessing-code'];
  const training = inheritedComponents['training-code'];
  if (preprocessing.reason?.code === 'preprocessing-in-training-code' && training !== own['training-code']) {
    inheritedComponents['data-preprocessing-code'] = { ...training };
  }

  // Warnings: unresolved bases; a declared license looser than a direct base's.
  const warnings: EngineReason[] = [];
  for (const entry of entries) {
    if (entry.status === 'unresolved') warnings.push(reason('base-unresolved', { base: entry.id }));
  }
  if (ownLicense.resolved.length > 0) {
    const ownIds = new Set(ownLicense.assessment.clauses.map((clause) => clause.id));
    for (const { node, result } of baseResults) {
      const lacking = CLAUSE_IDS.filter((id) => !ownIds.has(id) && result.clauses.some((clause) => clause.id === id));
      if (lacking.length > 0) {
        warnings.push(
          reason('looser-than-base', {
            base: node.id,
            license: ownLicense.assessment.ids.join(', '),
            baseLicense: entries.find((entry) => entry.id === node.id)?.license.ids.join(', ') || 'unknown',
            clauses: lacking.join(', '),
          }),
        );
      }
    }
  }
  return { entries, inheritedClauses, inheritedComponents, warnings };
}
