/**
 * The badge and, when opened, the breakdown beside it. Enter/Space or a click opens it; Escape or a click outside
 * closes it and gives focus back to the badge.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Badge, type BadgeView } from './Badge';
import { Breakdown } from './Breakdown';
import { message, uiText } from '@/lib/catalogue';
import type { MethodLink } from '@/lib/ui/method-anchors';

interface Props {
  view: BadgeView;
  checkedAt: number;
  /** The element hosting our shadow root: clicks on it count as inside. */
  host: HTMLElement;
  onRecheck: () => void;
  copyText?: (text: string) => Promise<void>;
  methodLink?: MethodLink;
}

export function BadgeWithPanel({ view, checkedAt, host, onRecheck, copyText, methodLink }: Props) {
  const t = uiText().panel;
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLSpanElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // Keep the panel inside the viewport: a badge far right on a long title would push it off the edge.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    panel.style.removeProperty('left');
    const rect = panel.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) panel.style.left = `${-Math.min(overflow, Math.max(0, rect.left - 8))}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: Event) => {
      if (!event.composedPath().includes(host)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      anchorRef.current?.querySelector<HTMLElement>('[data-testid="ol-badge"]')?.focus();
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, host]);

  return (
    <span class="ol-anchor" ref={anchorRef}>
      <Badge view={view} expanded={open} onToggle={() => setOpen(!open)} />
      {open && (
        <div class="ol-panel" role="dialog" aria-label={t.label} data-testid="ol-panel" ref={panelRef}>
          {view.kind === 'assessment' ? (
            <Breakdown
              assessment={view.assessment}
              stage={view.stage}
              problem={view.problem}
              checkedAt={checkedAt}
              onRecheck={onRecheck}
              copyText={copyText}
              methodLink={methodLink}
            />
          ) : (
            <p data-testid="ol-panel-status">
              {view.kind === 'checking' ? t.checking : t.unknown(message(view.reason))}
            </p>
          )}
        </div>
      )}
    </span>
  );
}
