/** The 17 components, grouped by the essay's three purposes, each with its status and evidence or reason. */
import type { Assessment, ComponentAssessment } from '@/lib/schema/assessment';
import { PURPOSES, PURPOSE_IDS, type ComponentId } from '@/lib/schema/vocabulary';
import { componentLabel, message, purposeLabel, statusLabel } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { ComponentStatusIcon } from './Icons';
import { SectionHeading } from './SectionHeading';

const MAX_EVIDENCE = 3;

export function ComponentsSection({ assessment, methodLink }: { assessment: Assessment; methodLink?: string }) {
  return (
    <section class="ol-section" aria-labelledby="ol-components-h">
      <SectionHeading id="ol-components-h" title={breakdownText().sections.components} methodLink={methodLink} />
      {PURPOSE_IDS.map((purpose) => (
        <div key={purpose} class="ol-purpose" data-purpose={purpose}>
          <h4 id={`ol-purpose-${purpose}`}>{purposeLabel(purpose)}</h4>
          <ul class="ol-components" aria-labelledby={`ol-purpose-${purpose}`}>
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
  const t = breakdownText().components;
  return (
    <li class={`ol-component status-${component.status}`} data-component={id} data-status={component.status}>
      <ComponentStatusIcon status={component.status} />
      <span class="ol-component-name">{componentLabel(id)}</span>
      <span class="ol-component-status">{statusLabel(component.status)}</span>
      {component.license && (
        <span class="ol-component-license">
          {t.licenseLabel(component.license)}
          {component.licenseAssumed ? t.assumed : ''}
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
          <span class="ol-muted">{t.more(component.evidence.length - MAX_EVIDENCE)}</span>
        )}
        {component.inheritedFrom && <span class="ol-muted">{t.inheritedFrom(component.inheritedFrom)}</span>}
        {component.reason && <span class="ol-reason">{message(component.reason)}</span>}
      </div>
    </li>
  );
}
