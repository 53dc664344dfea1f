/** The license: what was declared, a plain summary, and each clause as a chip with where it came from. */
import type { Assessment, Clause, LicenseEntrySummary } from '@/lib/schema/assessment';
import type { Reason } from '@/lib/schema/model-facts';
import { clauseLabel, clauseMeaning, licenseSummary, message } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { SectionHeading } from './SectionHeading';

interface Props {
  assessment: Assessment;
  /** Warnings about the license itself (terms read from its text). */
  notes?: Reason[];
  methodLink?: string;
}

export function LicenseSection({ assessment, notes = [], methodLink }: Props) {
  const { license } = assessment;
  const t = breakdownText();
  return (
    <section class="ol-section" aria-labelledby="ol-license-h">
      <SectionHeading id="ol-license-h" title={t.sections.license} methodLink={methodLink} />
      {license.entries.length === 0 ? (
        <p data-testid="ol-license-none">{t.license.none}</p>
      ) : (
        <ul class="ol-license-list">
          {license.entries.map((entry) => (
            <LicenseEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
      {notes.map((note, i) => (
        <p key={i} class="ol-muted" data-testid="ol-license-note">
          {message(note)}
        </p>
      ))}
      {license.clauses.length > 0 && (
        <>
          <p class="ol-clauses-intro">{t.license.clausesIntro}</p>
          <ul class="ol-chips" aria-label={t.license.clausesLabel}>
            {license.clauses.map((clause, i) => (
              <ClauseChip key={`${clause.id}-${clause.source}-${i}`} clause={clause} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function LicenseEntry({ entry }: { entry: LicenseEntrySummary }) {
  const t = breakdownText().license;
  const url = safeHttpUrl(entry.url);
  return (
    <li data-testid="ol-license-entry">
      <strong>{entry.name}</strong> <code>{entry.id}</code>
      {entry.inheritedFrom && (
        <span class="ol-muted" data-testid="ol-license-inherited">
          {' '}
          {t.inheritedFrom(entry.inheritedFrom)}
        </span>
      )}
      {entry.osiApproved === true && <span class="ol-tag">{t.osiApproved}</span>}
      {entry.openData === true && <span class="ol-tag">{t.openData}</span>}
      {!entry.known && <span class="ol-tag">{t.notInKnowledgeBase}</span>}
      {entry.summary && <LicenseSummary id={entry.id} english={entry.summary} />}
      {url && (
        <a href={url} target="_blank" rel="noreferrer" data-testid="ol-license-link">
          {t.readLicense}
          <span class="ol-visually-hidden">: {entry.name}</span>
        </a>
      )}
    </li>
  );
}

function ClauseChip({ clause }: { clause: Clause }) {
  const t = breakdownText().license;
  const detail = clause.source === 'base-model' ? clause.from : clause.quote;
  return (
    <li
      class="ol-chip"
      data-clause={clause.id}
      data-source={clause.source}
      data-unclear={clause.unclear ? 'true' : undefined}
      data-testid="ol-clause"
    >
      <span class="ol-chip-icon" aria-hidden="true">
        {clause.unclear ? '?' : '!'}
      </span>
      <strong>{clauseLabel(clause.id)}</strong>
      {clause.unclear && <span class="ol-tag">{t.unclear}</span>}
      <span> — {clauseMeaning(clause.id)}</span>
      {clause.unclear && (
        <span class="ol-chip-source" data-testid="ol-clause-unclear">
          {message(clause.unclear)}
        </span>
      )}
      {clause.when && (
        <span class="ol-chip-source" data-testid="ol-clause-condition">
          {t.onlyFor(clause.when)}
        </span>
      )}
      <span class="ol-chip-source">{t.source(clause.source, detail)}</span>
    </li>
  );
}

/** The knowledge base's summary in the reader's language, or the English one marked as English. */
function LicenseSummary({ id, english }: { id: string; english: string }) {
  const summary = licenseSummary(id, english);
  return (
    <p class="ol-license-summary" lang={summary.lang} data-testid="ol-license-summary">
      {summary.text}
    </p>
  );
}
