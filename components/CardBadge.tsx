/**
 * The compact badge on a listing card: icon and the verdict in a word or two (plus what is not known), the whole
 * sentence in its tooltip and accessible name. The words come from the background (lib/ui/card-words.ts).
 */
import type { CardVerdict } from '@/lib/protocol/protocol';
import { uiText } from '@/lib/catalogue';
import { StatusIcon } from './Icons';

export function CardBadge({ verdict }: { verdict: CardVerdict | undefined }) {
  const t = uiText().badge;
  if (!verdict) {
    return (
      <span
        class="ol-badge compact tone-unknown"
        role="img"
        aria-label={t.cardPendingName}
        data-testid="ol-card-badge"
        data-state="pending"
      >
        <StatusIcon tone="unknown" />
        <span class="ol-badge-part">{t.cardPending}</span>
      </span>
    );
  }
  return (
    <span
      class={`ol-badge compact tone-${verdict.tone}`}
      role="img"
      aria-label={verdict.accessibleName}
      title={verdict.accessibleName}
      data-testid="ol-card-badge"
      data-state={verdict.state}
      data-tier={verdict.tier}
    >
      <StatusIcon tone={verdict.tone} />
      <span class="ol-badge-part ol-tier">{verdict.label}</span>
      {verdict.detail && <span class="ol-badge-part">{verdict.detail}</span>}
    </span>
  );
}

export function DimNotice({ count, mode, onShow }: { count: number; mode: 'dim' | 'hide'; onShow: () => void }) {
  const t = uiText().dimNotice;
  return (
    <p class="ol-dim-notice" role="status" data-testid="ol-dim-notice">
      {t.text(count, mode)}{' '}
      <button type="button" class="ol-button" onClick={onShow}>
        {t.showAll}
      </button>
    </p>
  );
}
