/**
 * The breakdown: every verdict with its evidence. Rendered in the page (beside the badge) and in the popup.
 * It renders an Assessment and decides nothing.
 */
import type { Assessment } from '@/lib/schema/assessment';
import type { Reason } from '@/lib/schema/model-facts';
import { DEFINITIONS } from '@/lib/schema/vocabulary';
import { message } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { groupWarnings } from '@/lib/ui/warning-groups';
import { METHOD_ANCHORS, type MethodLink } from '@/lib/ui/method-anchors';
import { BreakdownHeader } from './BreakdownHeader';
import { LicenseSection } from './LicenseSection';
import { ComponentsSection } from './ComponentsSection';
import { LineageSection } from './LineageSection';
import { TrustSection } from './TrustSection';
import { OtherDefinitions } from './OtherDefinitions';
import { ExpertsSection } from './ExpertsSection';

export interface BreakdownProps {
  assessment: Assessment;
  stage: 'initial' | 'enriched';
  /** Why the last check stopped short: shown with the best assessment known. */
  problem?: Reason;
  checkedAt: number;
  onRecheck?: () => void;
  /** Puts text on the clipboard ("Copy as Markdown", "This looks wrong"); without it those actions are hidden. */
  copyText?: (text: string) => Promise<void>;
  /** Builds a link to a section of the method documentation shipped with the extension. */
  methodLink?: MethodLink;
}

export function Breakdown(props: BreakdownProps) {
  const { assessment, methodLink } = props;
  const warnings = groupWarnings(assessment.warnings);
  const t = breakdownText().breakdown;
  return (
    <div class="ol-breakdown" data-testid="ol-breakdown">
      <BreakdownHeader assessment={assessment} methodLink={methodLink} />
      {props.problem ? (
        <p class="ol-note" data-testid="ol-problem">
          {t.problem(message(props.problem))}
        </p>
      ) : (
        props.stage === 'initial' && <p class="ol-note">{t.stillChecking}</p>
      )}
      <OtherDefinitions
        assessment={assessment}
        shown={DEFINITIONS.filter((d) => d !== assessment.policy)}
        methodLink={methodLink}
      />
      <ExpertsSection assessment={assessment} methodLink={methodLink?.(METHOD_ANCHORS.experts)} />
      <LicenseSection
        assessment={assessment}
        notes={warnings.license}
        methodLink={methodLink?.(METHOD_ANCHORS.licenses)}
      />
      <ComponentsSection assessment={assessment} methodLink={methodLink?.(METHOD_ANCHORS.components)} />
      <LineageSection
        assessment={assessment}
        warnings={warnings.lineage}
        methodLink={methodLink?.(METHOD_ANCHORS.lineage)}
      />
      <TrustSection {...props} notes={warnings.notes} />
    </div>
  );
}
