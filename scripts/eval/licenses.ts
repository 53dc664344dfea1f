/**
 * License clauses, three ways: the text reader alone (title identification and knowledge base off), the whole
 * engine (a model whose license name the knowledge base cannot know, so it must read the LICENSE text), and each
 * knowledge-base entry the text is identified as, against the text's own label. Policies are scored alone and
 * attached to the license that incorporates them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identifyLicenseText, readClausesFromText } from '../../lib/licenses';
import { assess } from '../../lib/openness';
import { emptyFacts } from '../../lib/schema/model-facts';
import { CLAUSE_IDS, type ClauseId } from '../../lib/schema/vocabulary';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { LicenseLabelSchema, loadLabels, type LicenseLabel } from './labels';
import { PrecisionRecall } from './score';
import { fold, quotedIn } from './text-match';

export interface LicenseReport {
  reader: PrecisionRecall;
  readerPolicies: PrecisionRecall;
  readerAttached: PrecisionRecall;
  engine: PrecisionRecall;
  engineAttached: PrecisionRecall;
  /** Conditions (`when`) the reader got wrong on a clause it found. */
  conditionMisses: string[];
  knowledgeBase: string[];
  quoteProblems: string[];
  disagreements: string[];
  texts: number;
}

interface Expected {
  ids: Set<ClauseId>;
  unclear: Set<ClauseId>;
  when: Map<ClauseId, string>;
  quotes: Map<ClauseId, string>;
}

function expectedOf(...labels: LicenseLabel[]): Expected {
  const out: Expected = { ids: new Set(), unclear: new Set(), when: new Map(), quotes: new Map() };
  for (const label of labels) {
    for (const [id, clause] of Object.entries(label.clauses) as [ClauseId, { quote: string; when?: string }][]) {
      out.ids.add(id);
      out.quotes.set(id, clause.quote);
      if (clause.when) out.when.set(id, clause.when);
    }
    for (const id of Object.keys(label.unclear ?? {}) as ClauseId[]) out.unclear.add(id);
  }
  for (const id of out.ids) out.unclear.delete(id);
  return out;
}

function score(
  counter: PrecisionRecall,
  expected: Expected,
  predicted: Map<ClauseId, string>,
  what: string,
  disagreements: string[],
  ignore: (id: ClauseId) => boolean = () => false,
): void {
  for (const id of CLAUSE_IDS) {
    if (expected.unclear.has(id) || ignore(id)) continue;
    const want = expected.ids.has(id);
    const got = predicted.has(id);
    counter.add(id, want, got);
    if (want && !got) disagreements.push(`${what}: missed ${id} — label: “${expected.quotes.get(id)}”`);
    if (got && !want) disagreements.push(`${what}: claimed ${id} — read: “${predicted.get(id)}”`);
  }
}

/** The clauses `assess` reports for a model whose license is `other` with a name nobody knows and this text. */
function engineClauses(text: string, multimodal: boolean): Map<ClauseId, string> {
  const facts = emptyFacts(
    'huggingface',
    'eval/unknown-license-model',
    'https://huggingface.co/eval/unknown-license-model',
  );
  facts.licenses = [
    { id: 'eval-unlisted-license', name: 'Eval Unlisted License', text, textSource: 'LICENSE', source: 'card' },
  ];
  if (multimodal) facts.pipelineTag = 'image-text-to-text';
  const result = assess(facts, { policy: 'osaid', toggles: DEFAULT_SETTINGS.toggles });
  return new Map(result.license.clauses.map((c) => [c.id, c.quote ?? `(${c.source})`]));
}

export function evaluateLicenses(dir: string, labelsFile: string): LicenseReport {
  const labels = loadLabels(labelsFile, LicenseLabelSchema);
  const report: LicenseReport = {
    reader: new PrecisionRecall(),
    readerPolicies: new PrecisionRecall(),
    readerAttached: new PrecisionRecall(),
    engine: new PrecisionRecall(),
    engineAttached: new PrecisionRecall(),
    conditionMisses: [],
    knowledgeBase: [],
    quoteProblems: [],
    disagreements: [],
    texts: 0,
  };
  const texts = new Map<string, string>();
  for (const file of Object.keys(labels)) texts.set(file, readFileSync(path.join(dir, file), 'utf8'));

  for (const [file, label] of Object.entries(labels)) {
    const text = texts.get(file)!;
    report.texts++;
    const folded = fold(text);
    for (const [id, clause] of Object.entries(label.clauses)) {
      if (!quotedIn(clause.quote, folded))
        report.quoteProblems.push(`${file} ${id}: “${clause.quote}” is not in the text`);
    }
    const expected = expectedOf(label);
    const read = readClausesFromText(text);
    const readMap = new Map(read.map((c) => [c.id, c.quote] as [ClauseId, string]));
    score(
      label.kind === 'policy' ? report.readerPolicies : report.reader,
      expected,
      readMap,
      `${file} (reader)`,
      report.disagreements,
    );
    for (const clause of read) {
      const want = expected.when.get(clause.id);
      if (expected.ids.has(clause.id) && want !== clause.when)
        report.conditionMisses.push(
          `${file}: ${clause.id} read ${clause.when ? `when ${clause.when}` : 'unconditional'}, label ${want ? `when ${want}` : 'unconditional'}`,
        );
    }
    for (const clause of read) {
      if (!quotedIn(clause.quote.replace(/^…|…$/g, ''), folded))
        report.quoteProblems.push(`${file} reader ${clause.id}: its quote is not in the text`);
    }
    if (label.kind === 'policy') continue;

    // Whole engine, as a text-only model (clauses that hold only for multimodal models are not expected) and as a
    // multimodal one (all are). A license that incorporates a policy is bound by it: the engine, which has the
    // knowledge base, is expected to know the policy's clauses even when only the license text is read.
    const policy = label.policy ? labels[label.policy] : undefined;
    const policyText = label.policy ? texts.get(label.policy) : undefined;
    const bound = policy ? expectedOf(label, policy) : expected;
    for (const multimodal of [false, true]) {
      const ignoreConditional = (id: ClauseId) => !multimodal && bound.when.has(id);
      score(
        report.engine,
        bound,
        engineClauses(text, multimodal),
        `${file} (engine${multimodal ? ', multimodal' : ''})`,
        report.disagreements,
        ignoreConditional,
      );
    }
    if (policy && policyText !== undefined) {
      const both = expectedOf(label, policy);
      const attached = `${text}\n\n${policyText}`;
      const readBoth = new Map(readClausesFromText(attached).map((c) => [c.id, c.quote] as [ClauseId, string]));
      score(report.readerAttached, both, readBoth, `${file} + ${label.policy} (reader)`, report.disagreements);
      for (const multimodal of [false, true]) {
        const ignoreConditional = (id: ClauseId) => !multimodal && both.when.has(id);
        score(
          report.engineAttached,
          both,
          engineClauses(attached, multimodal),
          `${file} + ${label.policy} (engine${multimodal ? ', multimodal' : ''})`,
          report.disagreements,
          ignoreConditional,
        );
      }
    }

    // The knowledge-base entry this text is identified as must say what the text (with its policy) says.
    const entry = identifyLicenseText(text);
    if (entry) {
      const truth = policy ? expectedOf(label, policy) : expected;
      const kb = new Set<ClauseId>(entry.clauses);
      const kbWhen = new Map((entry.conditionalClauses ?? []).map((c) => [c.id, c.when] as [ClauseId, string]));
      for (const id of CLAUSE_IDS) {
        if (truth.unclear.has(id)) continue;
        const inKb = kb.has(id) || kbWhen.has(id);
        if (truth.ids.has(id) && !inKb) report.knowledgeBase.push(`${file} → ${entry.id}: lacks ${id}`);
        if (!truth.ids.has(id) && inKb)
          report.knowledgeBase.push(`${file} → ${entry.id}: has ${id}, the text does not`);
        if (truth.ids.has(id) && inKb && truth.when.get(id) !== kbWhen.get(id))
          report.knowledgeBase.push(`${file} → ${entry.id}: ${id} condition differs`);
      }
    }
  }
  return report;
}
