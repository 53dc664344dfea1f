/**
 * The badge and, when opened, the breakdown beside it. Enter/Space or a click opens it; Escape or a click outside
 * closes it and gives focus back to the badge.
 *
 * The breakdown's code is not part of the badge's: it is loaded the first time the badge is opened — or is about to
 * be, when the pointer comes over it or it takes focus — and kept for every later opening.
 */
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Badge, type BadgeView } from './Badge';
import type { BreakdownProps } from './Breakdown';
import { message, uiText } from '@/lib/catalogue';
import type { MethodLink } from '@/lib/ui/method-anchors';

export type LoadBreakdown = () => Promise<{ Breakdown: ComponentType<BreakdownProps> }>;

interface Props {
  view: BadgeView;
  checkedAt: number;
  /** The element hosting our shadow root: clicks on it count as inside. */
  host: HTMLElement;
  onRecheck: () => void;
  copyText?: (text: string) => Promise<void>;
  methodLink?: MethodLink;
  loadBreakdown: LoadBreakdown;
}

type Loaded =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; Breakdown: ComponentType<BreakdownProps> }
  | {
      state: 'failed';
      error: string;
    };

export function BadgeWithPanel({ view, checkedAt, host, onRecheck, copyText, methodLink, loadBreakdown }: Props) {
  const t = uiText().panel;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
  const load = () => {
    if (loaded.state === 'loading' || loaded.state === 'ready') return;
    setLoaded({ state: 'loading' });
    loadBreakdown().then(
      ({ Breakdown }) => setLoaded({ state: 'ready', Breakdown }),
      (error: unknown) => setLoaded({ state: 'failed', error: String(error) }),
    );
  };
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
  }, [open, loaded.state]);

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
      <Badge
        view={view}
        expanded={open}
        onToggle={() => {
          if (!open) load();
          setOpen(!open);
        }}
        onIntent={load}
      />
      {open && (
        <div class="ol-panel" role="dialog" aria-label={t.label} data-testid="ol-panel" ref={panelRef}>
          {view.kind !== 'assessment' ? (
            <p data-testid="ol-panel-status">
              {view.kind === 'checking' ? t.checking : t.unknown(message(view.reason))}
            </p>
          ) : loaded.state === 'ready' ? (
            <loaded.Breakdown
              assessment={view.assessment}
              stage={view.stage}
              problem={view.problem}
              checkedAt={checkedAt}
              onRecheck={onRecheck}
              copyText={copyText}
              methodLink={methodLink}
            />
          ) : (
            <p data-testid="ol-panel-status" role="status">
              {loaded.state === 'failed' ? t.notLoaded(loaded.error) : t.loading}
            </p>
          )}
        </div>
      )}
    </span>
  );
}
