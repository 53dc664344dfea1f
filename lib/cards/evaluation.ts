/**
 * Evaluation results the card reports: a table of scores (under an evaluation heading, or whose header names known
 * benchmarks), or a sentence giving a score. Results shown only as images (a chart under an evaluation heading) are
 * `image-only`: the reader cannot see them, so they are unknown, not present. `model-index` is read from the record.
 */
import { plain, type Unit } from './blocks';

export interface EvaluationReading {
  state: 'present' | 'image-only' | 'absent';
  source: 'table' | 'text' | 'image' | 'none';
  quote?: string;
}

const EVAL_HEADING = /\beval\w*|\bresults?\b|\bbenchmarks?\b|\bperformance\b|\bmetrics?\b|\bscores?\b|\bleaderboard\b/i;
/** Trainer logs (loss per epoch) are training records, not evaluation results. */
const TRAINING_LOG_HEADING = /\btrain(ing)? (results|logs?|metrics|hyperparameters|procedure)\b|\bhyperparameters\b/i;
/** Benchmarks known by name: a table whose header names them reports results wherever it sits. */
const BENCHMARK_NAMES =
  /\b(mmlu|gsm8k|humaneval|hellaswag|arc|truthfulqa|winogrande|mbpp|bbh|gpqa|ifeval|c-eval|cmmlu|alpacaeval|mt-bench|boolq|piqa|openbookqa|lambada|squad|glue|superglue|math|drop|agieval|mteb|beir|triviaqa|naturalquestions)\b/i;
const NUMBER_CELL = /^\s*[*_~]{0,2}[-+]?\d{1,6}([.,]\d{1,4})?\s?%?[*_~]{0,2}\s*$/;
/** A score in prose: a metric next to a number, or a win/tie/loss count. */
const SCORE_TEXT =
  /\b(accuracy|auc|f1|bleu|rouge[\w-]{0,4}|perplexity|loss|pass@\d{1,3}|exact match|win rate|mmlu|elo)\b[^.\n]{0,25}?\d{1,4}([.,]\d{1,4})?|\b\d{1,4}([.,]\d{1,4})?\s?%?\s(auc|accuracy|f1|bleu|perplexity|win rate)\b|\bvs\.? [^:\n]{1,60}:\s?\d{1,5}-\d{1,5}-\d{1,5}\b/i;
const SCORE_VERB = /\b(achieves?|scores?|reach(es)?|obtains?|attains?)\b/i;
/** Sections about limits and risks: a number there illustrates a caveat, it does not report results. */
const CAVEAT_HEADING = /\blimitations?\b|\bbias(es)?\b|\brisks?\b|\bsafety\b|\bethic\w*/i;
const IMAGE = /!\[[^\]]{0,300}\]\(|<img\b/i;
const CHART_WORDS = /\b(chart|plot|figure|graph)s?\b/i;

const cells = (row: string): string[] =>
  row
    .split('|')
    .map((c) => c.trim())
    .filter((c, i, all) => !(c === '' && (i === 0 || i === all.length - 1)));

export function readEvaluation(units: readonly Unit[]): EvaluationReading {
  let image: string | undefined;
  for (const unit of units) {
    const headings = unit.headings.slice(-2);
    const underEval = headings.some((h) => EVAL_HEADING.test(h)) && !headings.some((h) => TRAINING_LOG_HEADING.test(h));
    if (unit.kind === 'table-row') {
      const row = cells(unit.text);
      const numbers = row.filter((c) => NUMBER_CELL.test(c)).length;
      if (numbers === 0 || !unit.tableHeader) continue;
      if (underEval || (BENCHMARK_NAMES.test(unit.tableHeader) && !headings.some((h) => /\bdata/i.test(h))))
        if (!TRAINING_LOG_HEADING.test(unit.tableHeader) && !/\bepoch\b/i.test(unit.tableHeader))
          return { state: 'present', source: 'table', quote: plain(unit.text).slice(0, 400) };
      continue;
    }
    if (unit.kind === 'code' || unit.kind === 'heading') continue;
    const text = plain(unit.text);
    const score = SCORE_TEXT.exec(text);
    const caveat = !underEval && headings.some((h) => CAVEAT_HEADING.test(h));
    if (score && !caveat && (underEval || SCORE_VERB.test(text) || /\bvs\.? /i.test(score[0]))) {
      const start = Math.max(0, text.lastIndexOf('. ', score.index) + 1);
      return { state: 'present', source: 'text', quote: text.slice(start, start + 400).trim() };
    }
    if (underEval && image === undefined && (IMAGE.test(unit.text) || CHART_WORDS.test(text)))
      image = (text || headings[headings.length - 1] || 'image').slice(0, 400);
  }
  return image !== undefined
    ? { state: 'image-only', source: 'image', quote: image }
    : { state: 'absent', source: 'none' };
}
