/** The 17 components, grouped by the essay's three purposes, each with its status and evidence or reason. */
import type { Assessment, ComponentAssessment } from '@/lib/schema/assessment';
import { PURPOSES, PURPOSE_IDS, type ComponentId } from '@/lib/schema/vocabulary';
import { componentLabel, message, purposeLabel, statusLabel } from '@/lib/messages';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { ComponentStatusIcon } from './Icons';
import { SectionHeading } from './SectionHeading';

const MAX_EVIDENCE = 3;

export function ComponentsSection({ assessment, methodLink }: { assessment: Assessment; methodLink?: string }) {
  return (
    <section class="ol-section" aria-labelledby="ol-components-h">
      <SectionHeading id="ol-components-h" title="Components" methodLink={methodLink} />
      {PURPOSE_IDS.map((purpose) => (
        <div key={purpose} class="ol-purpose">
          <h4>{purposeLabel(purpose)}</h4>
          <ul class="ol-components">
            {PURPOSES[purpose].map((id) => (
              <ComponentRow key={id} id={id} component={assessment.components[id]} base={assessment.url} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ComponentRow({ id, component, base }: { id: ComponentId; component: ComponentAssessment; base: string }) {
  return (
    <li class={`ol-component status-${component.status}`} data-component={id} data-status={component.status}>
      <ComponentStatusIcon status={component.status} />
      <span class="ol-component-name">{componentLabel(id)}</span>
      <span class="ol-component-status">{statusLabel(component.status)}</span>
      {component.license && (
        <span class="ol-component-license">
          {component.license}
          {component.licenseAssumed ? ' (assumed)' : ''}
        </span>
      )}
      <div class="ol-component-detail">
        {component.evidence.slice(0, MAX_EVIDENCE).map((evidence, i) => {
          const url = safeHttpUrl(evidence.url, base);
          return (
            <span key={i} class="ol-evidence">
              {url ? (
                <a href={url} target="_blank" rel="noreferrer">
                  {evidence.detail}
                </a>
              ) : (
                evidence.detail
              )}
              {evidence.quote && <q>{evidence.quote}</q>}
            </span>
          );
        })}
        {component.evidence.length > MAX_EVIDENCE && (
          <span class="ol-muted"> and {component.evidence.length - MAX_EVIDENCE} more</span>
        )}
        {component.inheritedFrom && <span class="ol-muted"> (from {component.inheritedFrom})</span>}
        {component.reason && <span class="ol-reason">{message(component.reason)}</span>}
      </div>
    </li>
  );
}
