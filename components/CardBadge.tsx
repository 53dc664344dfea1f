/** The compact badge on a listing card: icon plus tier, the whole verdict in its accessible name. */
import type { CardVerdict } from '@/lib/messaging/protocol';
import { StatusIcon } from './Icons';

export function CardBadge({ verdict }: { verdict: CardVerdict | undefined }) {
  if (!verdict) {
    return (
      <span
        class="ol-badge compact tone-unknown"
        role="img"
        aria-label="Openness Lens: not checked yet"
        data-testid="ol-card-badge"
        data-state="pending"
      >
        <StatusIcon tone="unknown" />
        <span class="ol-badge-part">…</span>
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
    </span>
  );
}

export function DimNotice({ count, mode, onShow }: { count: number; mode: 'dim' | 'hide'; onShow: () => void }) {
  return (
    <p class="ol-dim-notice" role="status" data-testid="ol-dim-notice">
      Openness Lens {mode === 'dim' ? 'dimmed' : 'hid'} {count} {count === 1 ? 'model' : 'models'} below your threshold.{' '}
      <button type="button" class="ol-button" onClick={onShow}>
        Show all
      </button>
    </p>
  );
}
