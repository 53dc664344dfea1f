/**
 * The breakdown's header: the model, its step on the release gradient, the chosen definition's verdict with its
 * reasons, what that definition asks for, and what is still missing to reproduce the model.
 */
import type { Assessment } from '@/lib/schema/assessment';
import { PURPOSES } from '@/lib/schema/vocabulary';
import { componentLabel, definitionLabel, definitionMeaning, listText, message } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { verdictText } from '@/lib/ui/badge-text';
import { safeHttpUrl } from '@/lib/ui/safe-url';
import { METHOD_ANCHORS, type MethodLink } from '@/lib/ui/method-anchors';
import { StatusIcon } from './Icons';
import { Gradient } from './Gradient';

export function BreakdownHeader({ assessment, methodLink }: { assessment: Assessment; methodLink?: MethodLink }) {
  const t = breakdownText().breakdown;
  const verdict = verdictText(assessment);
  const lead = assessment.verdicts[assessment.policy];
  const [firstReason, ...moreReasons] = lead.reasons;
  const modelUrl = safeHttpUrl(assessment.url);
  const definition = definitionLabel(assessment.policy);
  const gaps = PURPOSES.replicate.filter((id) => assessment.components[id].status !== 'present');
  return (
    <header class="ol-bd-header">
      <h2 class="ol-bd-title" data-testid="ol-model-id">
        {modelUrl ? (
          <a href={modelUrl} target="_blank" rel="noreferrer">
            {assessment.id}
          </a>
        ) : (
          assessment.id
        )}
      </h2>
      <Gradient tier={assessment.tier} reason={assessment.tierReason} methodLink={methodLink?.(METHOD_ANCHORS.tier)} />
      <p class={`ol-bd-verdict tone-${verdict.tone}`} data-testid="ol-verdict">
        <StatusIcon tone={verdict.tone} />
        <strong>{verdict.text}</strong>
        {firstReason && <span class="ol-bd-reason"> — {message(firstReason)}</span>}
      </p>
      {moreReasons.length > 0 && (
        <ul class="ol-bd-reasons" aria-label={t.whyUnder(definition)} data-testid="ol-verdict-reasons">
          {moreReasons.map((reason, i) => (
            <li key={i}>{message(reason)}</li>
          ))}
        </ul>
      )}
      <p class="ol-muted ol-bd-meaning" data-testid="ol-definition-meaning">
        {t.whatItMeans(definition, definitionMeaning(assessment.policy))}
      </p>
      <p class="ol-bd-replication" data-testid="ol-replication-gaps">
        {gaps.length === 0 ? t.allReplicable : t.missingToReplicate(listText(gaps.map((id) => componentLabel(id))))}
      </p>
    </header>
  );
}
