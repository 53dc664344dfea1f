/**
 * The breakdown: every verdict with its evidence. Rendered in the page (beside the badge) and in the popup.
 * It renders an Assessment and decides nothing.
 */
import type { Assessment } from '@/lib/schema/assessment';
import type { Reason } from '@/lib/schema/model-facts';
import { DEFINITIONS } from '@/lib/schema/vocabulary';
import { message, definitionLabel } from '@/lib/messages';
import { verdictText } from '@/lib/ui/badge-text';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { StatusIcon } from './Icons';
import { Gradient } from './Gradient';
import { LicenseSection } from './LicenseSection';
import { ComponentsSection } from './ComponentsSection';
import { LineageSection } from './LineageSection';
import { TrustSection } from './TrustSection';
import { OtherDefinitions } from './OtherDefinitions';

export interface BreakdownProps {
  assessment: Assessment;
  stage: 'initial' | 'enriched';
  /** Why the last check stopped short: shown with the best assessment known. */
  problem?: Reason;
  checkedAt: number;
  onRecheck?: () => void;
  onCopyMarkdown?: () => void;
  /** Builds a link to a section of the method documentation shipped with the extension. */
  methodLink?: (anchor: string) => string | undefined;
}

export function Breakdown(props: BreakdownProps) {
  const { assessment, methodLink } = props;
  const verdict = verdictText(assessment);
  const lead = assessment.verdicts[assessment.policy];
  const firstReason = lead.reasons[0];
  const modelUrl = safeHttpUrl(assessment.url);
  return (
    <div class="ol-breakdown" data-testid="ol-breakdown">
      <header class="ol-bd-header">
        <h2 class="ol-bd-title">{modelUrl ? <a href={modelUrl}>{assessment.id}</a> : assessment.id}</h2>
        <Gradient tier={assessment.tier} reason={assessment.tierReason} methodLink={methodLink?.('release-tier')} />
        <p class={`ol-bd-verdict tone-${verdict.tone}`} data-testid="ol-verdict">
          <StatusIcon tone={verdict.tone} />
          <strong>{verdict.text}</strong>
          {firstReason && <span class="ol-bd-reason"> — {message(firstReason)}</span>}
        </p>
        {lead.reasons.length > 1 && (
          <ul class="ol-bd-reasons" aria-label={`Why, under ${definitionLabel(assessment.policy)}`}>
            {lead.reasons.slice(1).map((reason, i) => (
              <li key={i}>{message(reason)}</li>
            ))}
          </ul>
        )}
        {props.problem ? (
          <p class="ol-note" data-testid="ol-problem">
            Could not check everything: {message(props.problem)} Showing what is known.
          </p>
        ) : (
          props.stage === 'initial' && <p class="ol-note">Still checking the file list, datasets and base models…</p>
        )}
      </header>
      <OtherDefinitions assessment={assessment} shown={DEFINITIONS.filter((d) => d !== assessment.policy)} />
      <LicenseSection assessment={assessment} methodLink={methodLink?.('licenses')} />
      <ComponentsSection assessment={assessment} methodLink={methodLink?.('components')} />
      <LineageSection assessment={assessment} methodLink={methodLink?.('lineage')} />
      <TrustSection {...props} />
    </div>
  );
}
