/** Solaiman's six-step release gradient, with this model's step marked (in words too, not only by colour). */
import type { Reason } from '@/lib/schema/model-facts';
import { TIERS, type Tier } from '@/lib/schema/vocabulary';
import { message, tierLabel, tierMeaning } from '@/lib/catalogue';
import { breakdownText } from '@/lib/catalogue/breakdown';

export function Gradient({ tier, reason, methodLink }: { tier: Tier; reason: Reason; methodLink?: string }) {
  const t = breakdownText().gradient;
  return (
    <figure
      class="ol-gradient"
      aria-label={t.label(tierLabel(tier), TIERS.indexOf(tier) + 1, TIERS.length)}
      data-testid="ol-gradient"
    >
      <ol class="ol-gradient-steps">
        {TIERS.map((step) => (
          <li
            key={step}
            class={step === tier ? 'current' : undefined}
            aria-current={step === tier ? 'step' : undefined}
            title={tierMeaning(step)}
          >
            {step === tier && <span aria-hidden="true">▸ </span>}
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
              {t.howTiers}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
