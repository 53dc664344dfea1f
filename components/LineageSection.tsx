/** The chain of base models, what each passes down, and the "looser than its base" warnings. */
import type { Assessment, LineageEntry } from '@/lib/schema/assessment';
import type { Reason } from '@/lib/schema/model-facts';
import { clauseLabel, componentLabel, listText, message } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { SectionHeading } from './SectionHeading';

interface Props {
  assessment: Assessment;
  /** The lineage's warnings: looser than its base, a base that could not be looked up. */
  warnings: Reason[];
  methodLink?: string;
}

export function LineageSection({ assessment, warnings, methodLink }: Props) {
  if (assessment.lineage.length === 0 && warnings.length === 0) return null;
  return (
    <section class="ol-section" aria-labelledby="ol-lineage-h">
      <SectionHeading id="ol-lineage-h" title={breakdownText().sections.lineage} methodLink={methodLink} />
      {warnings.length > 0 && (
        <ul class="ol-warnings">
          {warnings.map((warning, i) => (
            <li key={i} class="ol-warning" data-testid="ol-warning">
              <span aria-hidden="true">⚠ </span>
              {message(warning)}
            </li>
          ))}
        </ul>
      )}
      <ol class="ol-lineage">
        {assessment.lineage.map((entry) => (
          <LineageRow key={`${entry.parent}>${entry.id}`} entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function LineageRow({ entry }: { entry: LineageEntry }) {
  const t = breakdownText().lineage;
  const passes = entry.clauses.length
    ? t.passesDown(listText(entry.clauses.map((id) => clauseLabel(id))))
    : t.passesNoClause;
  return (
    <li data-testid="ol-lineage-entry" data-status={entry.status}>
      <strong>{entry.id}</strong> <span class="ol-muted">({t.relation(entry.relation, entry.parent)})</span>
      {entry.status === 'unresolved' ? (
        <span class="ol-reason">{entry.reason ? message(entry.reason) : t.notLookedUp}</span>
      ) : (
        <span class="ol-block">
          {entry.license.ids.length ? t.license(entry.license.ids.join(', ')) : t.noLicense}; {passes}
          {entry.gaps.length > 0 && <>; {t.gaps(listText(entry.gaps.map((id) => componentLabel(id).toLowerCase())))}</>}
        </span>
      )}
    </li>
  );
}
