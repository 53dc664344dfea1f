/** Solaiman's six-step release gradient, with this model's step marked. */
import type { Reason } from '@/lib/schema/model-facts';
import { TIERS, type Tier } from '@/lib/schema/vocabulary';
import { message, tierLabel } from '@/lib/messages';

export function Gradient({ tier, reason, methodLink }: { tier: Tier; reason: Reason; methodLink?: string }) {
  return (
    <figure
      class="ol-gradient"
      aria-label={`Release gradient: ${tierLabel(tier)}, step ${TIERS.indexOf(tier) + 1} of 6`}
    >
      <ol class="ol-gradient-steps">
        {TIERS.map((step) => (
          <li
            key={step}
            class={step === tier ? 'current' : undefined}
            aria-current={step === tier ? 'step' : undefined}
          >
            {tierLabel(step)}
          </li>
        ))}
      </ol>
      <figcaption>
        {message(reason)}
        {methodLink && (
          <>
            {' '}
            <a href={methodLink} target="_blank" rel="noreferrer">
              How tiers are decided
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
