/** The chain of base models, what each passes down, and the "looser than its base" warnings. */
import type { Assessment } from '@/lib/schema/assessment';
import { clauseLabel, message } from '@/lib/messages';
import { SectionHeading } from './SectionHeading';

export function LineageSection({ assessment, methodLink }: { assessment: Assessment; methodLink?: string }) {
  if (assessment.lineage.length === 0 && assessment.warnings.length === 0) return null;
  return (
    <section class="ol-section" aria-labelledby="ol-lineage-h">
      <SectionHeading id="ol-lineage-h" title="Lineage" methodLink={methodLink} />
      {assessment.warnings.length > 0 && (
        <ul class="ol-warnings" role="list">
          {assessment.warnings.map((warning, i) => (
            <li key={i} class="ol-warning" data-testid="ol-warning">
              <span aria-hidden="true">⚠ </span>
              {message(warning)}
            </li>
          ))}
        </ul>
      )}
      <ol class="ol-lineage">
        {assessment.lineage.map((entry) => (
          <li key={`${entry.parent}>${entry.id}`} data-testid="ol-lineage-entry">
            <strong>{entry.id}</strong>{' '}
            <span class="ol-muted">
              ({entry.relation} of {entry.parent})
            </span>
            {entry.status === 'unresolved' ? (
              <span class="ol-reason"> — {entry.reason ? message(entry.reason) : 'could not be looked up'}</span>
            ) : (
              <span>
                {' '}
                — license {entry.license.ids.length ? entry.license.ids.join(', ') : 'none declared'}
                {entry.clauses.length > 0 && (
                  <>; passes down: {entry.clauses.map((id) => clauseLabel(id)).join(', ')}</>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
