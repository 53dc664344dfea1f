/**
 * "Copy as Markdown": a report a person can paste into an issue, a model card or a paper. Hub text is escaped so
 * it cannot inject Markdown or HTML, and only http(s) URLs become link targets.
 */
import type { Assessment } from '../schema/assessment';
import { PURPOSES, PURPOSE_IDS } from '../schema/vocabulary';
import {
  clauseLabel,
  componentLabel,
  definitionLabel,
  listText,
  message,
  purposeLabel,
  statusLabel,
  tierLabel,
} from '../catalogue';
import { verdictText } from '../ui/badge-text';
import { safeHttpUrl } from '../ui/safe-url';
import { oneLineVerdict } from '../ui/one-line';
import { expertLines } from '../ui/expert-lines';
import { breakdownText } from '../catalogue/breakdown';

/**
 * Escapes Markdown and HTML metacharacters and folds control characters and newlines into spaces. What would make a
 * block when it comes first in a list item (`#`, `-`, `+`, `=`, `>`, `1.`) is escaped there; elsewhere `#`, `-`,
 * `+` and `.` mean nothing inline and stay as they are, so ids stay readable.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f]+/g, ' ')
      .replace(/([\\`*_{}[\]()|<>~&])/g, '\\$1')
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

function link(text: string, url: string | undefined, base?: string): string {
  const safe = safeHttpUrl(url, base);
  // Parentheses, brackets and spaces are percent-encoded so the URL cannot close the link early and start another
  // (encodeURIComponent leaves `(` and `)` as they are, so it cannot do this).
  return safe ? `[${escapeMarkdown(text)}](${percentEncodeLinkTarget(safe)})` : escapeMarkdown(text);
}

/** `(`, `)`, `[`, `]`, `<`, `>` and whitespace as %XX: what is left cannot end a Markdown link destination. */
export function percentEncodeLinkTarget(url: string): string {
  return url.replace(/[()[\]<>\s]/g, (ch) =>
    ch.charCodeAt(0) > 0x7f
      ? encodeURIComponent(ch)
      : `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

export function markdownReport(assessment: Assessment, checkedAt: number): string {
  const t = breakdownText().report;
  const lines: string[] = [];
  const verdict = verdictText(assessment);
  lines.push(t.title(link(assessment.id, assessment.url)), '');
  lines.push(
    `- **${t.releaseTier}:** ${tierLabel(assessment.tier)} — ${escapeMarkdown(message(assessment.tierReason))}`,
  );
  lines.push(`- **${definitionLabel(assessment.policy)}:** ${escapeMarkdown(verdict.text)}`);
  for (const reason of assessment.verdicts[assessment.policy].reasons)
    lines.push(`  - ${escapeMarkdown(message(reason))}`);
  for (const definition of ['osaid', 'mof', 'open-weights'] as const) {
    if (definition === assessment.policy) continue;
    lines.push(`- **${definitionLabel(definition)}:** ${escapeMarkdown(oneLineVerdict(assessment, definition))}`);
  }
  const { present, total } = assessment.replication;
  lines.push(`- **${t.replication}:** ${t.replicationValue(present, total)}`, '');

  const experts = expertLines(assessment);
  if (experts.mot || experts.osai) {
    const e = breakdownText().experts;
    lines.push(t.experts, '');
    if (experts.mot && assessment.experts?.mot) {
      lines.push(`- ${link(experts.mot.verdict, assessment.experts.mot.url)}`);
      if (experts.mot.difference) lines.push(`  - ${escapeMarkdown(experts.mot.difference)}`);
      if (experts.mot.unread) lines.push(`  - ${escapeMarkdown(experts.mot.unread)}`);
    }
    if (experts.osai && assessment.experts?.osai) {
      lines.push(
        `- ${link(experts.osai.verdict, assessment.experts.osai.url)} (${escapeMarkdown(experts.osai.counts)})`,
      );
      for (const line of experts.osai.differences) lines.push(`  - ${escapeMarkdown(line)}`);
    }
    const credits = [
      ...(assessment.experts?.mot
        ? [`${link(e.credit.mot, 'https://mot.isitopen.ai/')}: ${escapeMarkdown(e.credit.motLicense)}.`]
        : []),
      ...(assessment.experts?.osai
        ? [
            `${link(e.credit.osai, 'https://osai-index.eu/')}: ${escapeMarkdown(e.credit.osaiLicense)}; ${escapeMarkdown(e.credit.citation)}`,
          ]
        : []),
    ];
    lines.push('', credits.join(' '), '');
  }

  lines.push(t.license, '');
  if (assessment.license.entries.length === 0) lines.push(`- ${t.noLicense}`);
  for (const entry of assessment.license.entries) {
    const osi = entry.osiApproved ? `, ${t.osiApproved}` : '';
    lines.push(`- ${link(entry.name, entry.url)} (\`${escapeMarkdown(entry.id)}\`${osi})`);
  }
  for (const clause of assessment.license.clauses) {
    const from =
      clause.source === 'base-model'
        ? ` — ${t.inheritedFrom(escapeMarkdown(clause.from ?? '?'))}`
        : clause.quote
          ? ` — “${escapeMarkdown(clause.quote)}”`
          : ` — ${clause.source}`;
    const unclear = clause.unclear
      ? ` (${breakdownText().license.unclear.toLowerCase()}: ${escapeMarkdown(message(clause.unclear))})`
      : '';
    const when = clause.when ? ` (${breakdownText().license.onlyFor(clause.when)})` : '';
    lines.push(`- ${t.clause}: **${clauseLabel(clause.id)}**${unclear}${when}${from}`);
  }
  lines.push('');

  lines.push(t.components, '');
  for (const purpose of PURPOSE_IDS) {
    lines.push(`**${purposeLabel(purpose)}**`, '');
    for (const id of PURPOSES[purpose]) {
      const component = assessment.components[id];
      const evidence = component.evidence
        .slice(0, 3)
        .map((e) => link(e.detail, e.url, assessment.url))
        .join('; ');
      const why = component.reason ? escapeMarkdown(message(component.reason)) : '';
      lines.push(
        `- ${componentLabel(id)}: **${statusLabel(component.status)}**${evidence ? ` — ${evidence}` : ''}${why ? ` — ${why}` : ''}`,
      );
    }
    lines.push('');
  }

  if (assessment.lineage.length || assessment.warnings.length) {
    lines.push(t.lineage, '');
    for (const entry of assessment.lineage) {
      const licenses = entry.license.ids.map(escapeMarkdown).join(', ') || t.noneDeclared;
      const clauses = listText(entry.clauses.map((id) => clauseLabel(id)));
      lines.push(
        `- ${escapeMarkdown(entry.id)} (${entry.relation}): ${licenses}${clauses ? `; ${t.passesDown(clauses)}` : ''}`,
      );
    }
    for (const warning of assessment.warnings) lines.push(`- ⚠ ${escapeMarkdown(message(warning))}`);
    lines.push('');
  }

  lines.push(
    t.footer(
      new Date(checkedAt).toISOString(),
      escapeMarkdown(assessment.engineVersion),
      escapeMarkdown(assessment.knowledgeBaseVersion),
    ),
  );
  return lines.join('\n');
}

/** "This looks wrong": a prefilled report of the model, the verdict and the evidence, for the person to complete. */
export function problemReport(assessment: Assessment, checkedAt: number): string {
  const text = breakdownText().problemReport;
  return [
    `# ${escapeMarkdown(text.title(assessment.id))}`,
    '',
    text.whatLooksWrong,
    '',
    text.placeholder,
    '',
    markdownReport(assessment, checkedAt),
  ].join('\n');
}
