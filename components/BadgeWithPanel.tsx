/**
 * The badge and, when opened, the breakdown beside it. Enter/Space or a click opens it; Escape or a click outside
 * closes it and gives focus back to the badge.
 *
 * The breakdown's code is not part of the badge's: it is loaded the first time the badge is opened — or is about to
 * be, when the pointer comes over it or it takes focus — and kept for every later opening.
 *
 * A class, not hooks: the content script then carries no `preact/hooks`, whose option wrappers would run on every
 * element Preact draws — each listing card included — and whose ~30 functions V8 would compile on every hub page
 * (docs/PERFORMANCE.md, "This round"). The breakdown's chunk brings hooks with it.
 */
import { Component, createRef, type ComponentType } from 'preact';
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

export class BadgeWithPanel extends Component<Props, { open: boolean; loaded: Loaded }> {
  override state = { open: false, loaded: { state: 'idle' } as Loaded };
  private readonly anchorRef = createRef<HTMLSpanElement>();
  private readonly panelRef = createRef<HTMLDivElement>();

  private load = () => {
    const { loaded } = this.state;
    if (loaded.state === 'loading' || loaded.state === 'ready') return;
    this.setState({ loaded: { state: 'loading' } });
    this.props.loadBreakdown().then(
      ({ Breakdown }) => this.setState({ loaded: { state: 'ready', Breakdown } }),
      (error: unknown) => this.setState({ loaded: { state: 'failed', error: String(error) } }),
    );
  };

  private toggle = () => {
    if (!this.state.open) this.load();
    this.setState({ open: !this.state.open });
  };

  /** A pointer pressed outside the badge and its panel closes the panel. */
  private onPointer = (event: Event) => {
    if (!event.composedPath().includes(this.props.host)) this.setState({ open: false });
  };

  /** Escape closes the panel and gives focus back to the badge. */
  private onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    this.setState({ open: false });
    this.anchorRef.current?.querySelector<HTMLElement>('[data-testid="ol-badge"]')?.focus();
  };

  override componentDidUpdate(_props: Props, previous: { open: boolean; loaded: Loaded }) {
    const { open, loaded } = this.state;
    if (open !== previous.open) {
      const listen = open ? document.addEventListener : document.removeEventListener;
      listen.call(document, 'pointerdown', this.onPointer, true);
      listen.call(document, 'keydown', this.onKey as EventListener, true);
    }
    if (open && (open !== previous.open || loaded.state !== previous.loaded.state)) this.keepInViewport();
  }

  override componentWillUnmount() {
    document.removeEventListener('pointerdown', this.onPointer, true);
    document.removeEventListener('keydown', this.onKey as EventListener, true);
  }

  /** Keep the panel inside the viewport: a badge far right on a long title would push it off the edge. */
  private keepInViewport() {
    const panel = this.panelRef.current;
    if (!panel) return;
    panel.style.removeProperty('left');
    const rect = panel.getBoundingClientRect();
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) panel.style.left = `${-Math.min(overflow, Math.max(0, rect.left - 8))}px`;
  }

  override render({ view, checkedAt, onRecheck, copyText, methodLink }: Props) {
    const t = uiText().panel;
    const { open, loaded } = this.state;
    return (
      <span class="ol-anchor" ref={this.anchorRef}>
        <Badge view={view} expanded={open} onToggle={this.toggle} onIntent={this.load} />
        {open && (
          <div class="ol-panel" role="dialog" aria-label={t.label} data-testid="ol-panel" ref={this.panelRef}>
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
}
