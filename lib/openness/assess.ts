/**
 * assess(facts, settings) → Assessment: pure, synchronous, deterministic. Never throws: anything unexpected yields an
 * all-unknown Assessment that says why (reason `engine-error`).
 */
import { KNOWLEDGE_BASE_VERSION } from '../licenses';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment, type ComponentAssessment } from '../schema/assessment';
import type { ModelFacts } from '../schema/model-facts';
import { COMPONENT_IDS, DEFINITIONS, HUBS, REPLICATION_COMPONENTS } from '../schema/vocabulary';
import { DEFAULT_TOGGLES, type Settings } from '../settings/schema';
import { assessComponents, type Components } from './component-rules';
import { mofVerdict } from './definitions/mof';
import { openWeightsVerdict } from './definitions/open-weights';
import { osaidVerdict } from './definitions/osaid';
import type { DefinitionInput } from './definitions/context';
import { assessOwnLicense, sortClauses } from './license';
import { assessLineage } from './lineage';
import { reason } from './reasons';
import { releaseTier } from './tier';
import { ENGINE_VERSION } from './version';

export type AssessSettings = Pick<Settings, 'policy' | 'toggles'>;

function assessUnsafe(facts: ModelFacts, settings: AssessSettings): Assessment {
  const toggles = settings.toggles;
  const ownLicense = assessOwnLicense(facts);
  const own = assessComponents(facts, ownLicense.decisiveId);
  const lineage = assessLineage(facts, ownLicense, own);
  const inherit = toggles.inheritFromBase;
  const components: Components = inherit ? lineage.inheritedComponents : own;
  const clauses = sortClauses([...ownLicense.assessment.clauses, ...(inherit ? lineage.inheritedClauses : [])]);
  const baseLicenses = inherit
    ? lineage.entries.flatMap((entry) => entry.license.ids.map((id) => ({ id, from: entry.id })))
    : [];
  const input: DefinitionInput = { facts, components, license: ownLicense, clauses, toggles, baseLicenses };
  const { tier, tierReason } = releaseTier(
    facts,
    components,
    clauses.map((clause) => clause.id),
  );
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: facts.id,
    hub: facts.hub,
    url: facts.url,
    tier,
    tierReason,
    license: { ...ownLicense.assessment, clauses },
    components,
    verdicts: { osaid: osaidVerdict(input), mof: mofVerdict(input), 'open-weights': openWeightsVerdict(input) },
    policy: settings.policy,
    toggles,
    missing: COMPONENT_IDS.filter((id) => components[id].status === 'missing'),
    replication: {
      present: REPLICATION_COMPONENTS.filter((id) => components[id].status === 'present').length,
      total: 7,
    },
    lineage: lineage.entries,
    warnings: [...lineage.warnings, ...baseHintWarnings(facts), ...licenseWarnings(ownLicense), ...facts.notes],
    engineVersion: ENGINE_VERSION,
    knowledgeBaseVersion: String(KNOWLEDGE_BASE_VERSION).slice(0, 32),
  };
}

/** A base model named only in the card's prose: a hint, marked as read from text, never followed as lineage. */
function baseHintWarnings(facts: ModelFacts) {
  if (facts.baseModels.length > 0) return [];
  return (facts.baseModelHints ?? [])
    .slice(0, 1)
    .map((hint) => reason('base-model-from-text', { id: hint.id, quote: hint.quote.slice(0, 300) }));
}

function licenseWarnings(license: ReturnType<typeof assessOwnLicense>) {
  return license.resolved
    .filter((resolved) => !resolved.entry && resolved.textClauses.length > 0)
    .map((resolved) =>
      reason('license-read-from-text', { license: resolved.id, source: resolved.declaration.textSource ?? 'text' }),
    );
}

/** The Assessment returned when something unexpected happened: nothing is claimed, the reason is given. */
export function fallbackAssessment(facts: unknown, settings: unknown, error: unknown): Assessment {
  const record = (typeof facts === 'object' && facts !== null ? facts : {}) as Record<string, unknown>;
  const str = (value: unknown, max: number, fallback: string) =>
    typeof value === 'string' ? value.slice(0, max) : fallback;
  const hub = HUBS.find((candidate) => candidate === record.hub) ?? 'huggingface';
  const chosen = (settings as Partial<AssessSettings> | undefined)?.policy;
  const policy = DEFINITIONS.find((candidate) => candidate === chosen) ?? 'osaid';
  const toggles = { ...DEFAULT_TOGGLES };
  const given = (settings as Partial<AssessSettings> | undefined)?.toggles;
  if (given && typeof given === 'object') {
    for (const key of Object.keys(toggles) as (keyof typeof toggles)[]) {
      if (typeof given[key] === 'boolean') toggles[key] = given[key];
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  const why = reason('engine-error', { message: message.slice(0, 300) });
  const unknownComponent: ComponentAssessment = { status: 'unknown', evidence: [], reason: why };
  const verdict = { open: null, reasons: [why], caveats: [] };
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: str(record.id, 256, 'unknown'),
    hub,
    url: str(record.url, 2048, ''),
    tier: 'fully-closed',
    tierReason: why,
    license: { ids: [], osiApproved: null, openData: null, entries: [], clauses: [] },
    components: Object.fromEntries(COMPONENT_IDS.map((id) => [id, unknownComponent])) as Components,
    verdicts: {
      osaid: verdict,
      mof: { open: null, class: null, progress: { '1': 0, '2': 0, '3': 0 }, reasons: [why], warnings: [], caveats: [] },
      'open-weights': verdict,
    },
    policy,
    toggles,
    missing: [],
    replication: { present: 0, total: 7 },
    lineage: [],
    warnings: [why],
    engineVersion: ENGINE_VERSION,
    knowledgeBaseVersion: (() => {
      try {
        return String(KNOWLEDGE_BASE_VERSION).slice(0, 32);
      } catch {
        return 'unknown';
      }
    })(),
  };
}

export function assess(facts: ModelFacts, settings: AssessSettings): Assessment {
  try {
    return assessUnsafe(facts, settings);
  } catch (error) {
    return fallbackAssessment(facts, settings, error);
  }
}
