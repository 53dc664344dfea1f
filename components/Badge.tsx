/** The inline badge: release tier, the chosen definition's verdict, and replication components released. */
import type { Reason } from '@/lib/schema/model-facts';
import type { Assessment } from '@/lib/schema/assessment';
import { badgeText } from '@/lib/ui/badge-text';
import { message, uiText } from '@/lib/catalogue';
import { StatusIcon } from './Icons';

export type BadgeView =
  | { kind: 'checking' }
  | { kind: 'assessment'; assessment: Assessment; stage: 'initial' | 'enriched'; problem?: Reason }
  | { kind: 'unavailable'; reason: Reason };

interface Props {
  view: BadgeView;
  expanded: boolean;
  onToggle: () => void;
  /** The pointer came over the badge or it took focus: it may be opened next. */
  onIntent?: () => void;
  /** Compact form for listing cards: icon plus tier. */
  compact?: boolean;
}

export function Badge({ view, expanded, onToggle, onIntent, compact = false }: Props) {
  const t = uiText().badge;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle();
    }
  };
  const common = {
    role: 'button' as const,
    tabIndex: 0,
    'aria-expanded': expanded,
    'aria-haspopup': 'dialog' as const,
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      onToggle();
    },
    onKeyDown,
    onPointerEnter: onIntent,
    onFocus: onIntent,
    'data-testid': 'ol-badge',
  };

  if (view.kind === 'checking') {
    return (
      <span class={`ol-badge tone-unknown${compact ? ' compact' : ''}`} {...common} aria-label={t.checkingName}>
        <StatusIcon tone="unknown" />
        <span class="ol-badge-part">{t.checking}</span>
      </span>
    );
  }
  if (view.kind === 'unavailable') {
    const why = message(view.reason);
    return (
      <span
        class={`ol-badge tone-unknown${compact ? ' compact' : ''}`}
        {...common}
        aria-label={t.unknownName(why)}
        title={why}
      >
        <StatusIcon tone="unknown" />
        <span class="ol-badge-part">{t.unknown}</span>
      </span>
    );
  }
  const text = badgeText(view.assessment);
  return (
    <span
      class={`ol-badge tone-${text.tone}${compact ? ' compact' : ''}`}
      {...common}
      aria-label={text.accessibleName}
      title={compact ? text.accessibleName : undefined}
      data-tier={view.assessment.tier}
      data-stage={view.stage}
    >
      <StatusIcon tone={text.tone} />
      <span class="ol-badge-part ol-tier">{text.tier}</span>
      {/* Spaces between the parts: the visible words must read as words in the accessible name too. */}
      {!compact && (
        <>
          {' '}
          <span class="ol-badge-sep" aria-hidden="true" /> <span class="ol-badge-part ol-verdict">{text.verdict}</span>{' '}
          <span class="ol-badge-sep" aria-hidden="true" />{' '}
          <span class="ol-badge-part ol-replication">{text.replication}</span>
        </>
      )}
    </span>
  );
}
