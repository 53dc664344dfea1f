/** The license: what was declared, a plain summary, and each clause as a chip with where it came from. */
import type { Assessment, Clause } from '@/lib/schema/assessment';
import { clauseLabel, clauseMeaning } from '@/lib/messages';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { SectionHeading } from './SectionHeading';

export function LicenseSection({ assessment, methodLink }: { assessment: Assessment; methodLink?: string }) {
  const { license } = assessment;
  return (
    <section class="ol-section" aria-labelledby="ol-license-h">
      <SectionHeading id="ol-license-h" title="License" methodLink={methodLink} />
      {license.entries.length === 0 ? (
        <p data-testid="ol-license-none">No license declared: all rights reserved, so not open under any definition.</p>
      ) : (
        <ul class="ol-license-list">
          {license.entries.map((entry) => {
            const url = safeHttpUrl(entry.url);
            return (
              <li key={entry.id} data-testid="ol-license-entry">
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer">
                    {entry.name}
                  </a>
                ) : (
                  <span>{entry.name}</span>
                )}{' '}
                <code>{entry.id}</code>
                {entry.osiApproved === true && <span class="ol-tag">OSI-approved</span>}
                {entry.openData === true && <span class="ol-tag">Open data license</span>}
                {!entry.known && <span class="ol-tag">Not in the knowledge base</span>}
                {entry.summary && <p class="ol-muted">{entry.summary}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {license.clauses.length > 0 && (
        <ul class="ol-chips" aria-label="Notable clauses">
          {license.clauses.map((clause, i) => (
            <li
              key={`${clause.id}-${clause.source}-${i}`}
              class="ol-chip"
              data-clause={clause.id}
              data-testid="ol-clause"
            >
              <strong>{clauseLabel(clause.id)}</strong>
              <span class="ol-muted"> — {clauseMeaning(clause.id)}</span>
              <span class="ol-chip-source">{clauseSource(clause)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function clauseSource(clause: Clause): string {
  switch (clause.source) {
    case 'knowledge-base':
      return 'Source: knowledge base';
    case 'text':
      return clause.quote ? `Source: the license text — “${clause.quote}”` : 'Source: the license text';
    case 'hub-flag':
      return clause.quote
        ? `Source: the hub's permission flag — ${clause.quote}`
        : "Source: the hub's permission flags";
    case 'base-model':
      return `Inherited from ${clause.from ?? 'a base model'}`;
  }
}
