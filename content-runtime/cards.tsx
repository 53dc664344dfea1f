/**
 * Compact badges on every model card of a listing (search results, profiles, collections, the model tree,
 * sidebars). A card is looked up only when it nears the viewport; cards the hub re-renders get their badge back
 * from what is already known, with no new request; the user's dimming filter applies as verdicts arrive.
 */
import { render } from 'preact';
import { CardBadge, DimNotice } from '@/components/CardBadge';
import type { CardVerdict } from '@/lib/protocol/protocol';
import { CARDS_PORT } from '@/lib/protocol/constants';
import { isCardsMessage } from '@/lib/protocol/guards';
import { createShadowHost, watchTheme, type ShadowHost } from './shadow-host';
import { executeFetch } from './fetch-executor';
import { openBackgroundPort, type BackgroundPort } from './background-port';
import { whenIdle } from './when-idle';
import type { HubCards, HubTheme } from '@/lib/hubs/descriptor';

const SCAN_THROTTLE_MS = 400;
const BATCH_MS = 50;

export interface CardsOptions {
  dim: 'off' | 'dim' | 'hide';
  /** The hub's cards: which elements and their title (its descriptor), and the model each links to (its page adapter). */
  cards: HubCards & { modelId: (card: Element, base: string) => string | undefined };
  /** How the hub shows its theme (its descriptor). */
  theme: HubTheme;
}

export interface Cards {
  setDim: (mode: CardsOptions['dim']) => void;
  /** The settings changed: if the background had gone to sleep, wake it for every card's verdict under them. */
  settingsChanged: () => void;
  dispose: () => void;
}

interface Mounted extends ShadowHost {
  id: string;
  previousPosition?: string;
}

/**
 * Most model pages have no model card: until a page has one, only a cheap watch runs (one query when the browser is
 * idle, then again after the page changes), and none of the badging machinery — observers, shadow roots, a port —
 * is set up or even compiled. The same watch then rescans as the hub re-renders its listings (filters, sort, pages).
 */
export function startCards(options: CardsOptions): Cards {
  let badging: Badging | undefined;
  let dim = options.dim;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (badging) badging.scan();
    else if (document.querySelector(options.cards.selector)) badging = badgeCards({ ...options, dim });
  };
  const watch = new MutationObserver(() => {
    if (timer === undefined)
      timer = setTimeout(() => {
        timer = undefined;
        check();
      }, SCAN_THROTTLE_MS);
  });
  watch.observe(document.body, { childList: true, subtree: true });
  // When the browser is idle (at most 200 ms): at DOMContentLoaded the card scan's layout reads would force the
  // page's first style calculation early and compete with the hub's own start-up.
  const first = whenIdle(check, 200);
  return {
    setDim(mode) {
      dim = mode;
      badging?.setDim(mode);
    },
    settingsChanged() {
      badging?.settingsChanged();
    },
    dispose() {
      first.cancel();
      clearTimeout(timer);
      watch.disconnect();
      badging?.dispose();
    },
  };
}

interface Badging extends Cards {
  /** Badges new cards, re-badges re-rendered ones and forgets removed ones. */
  scan: () => void;
}

function badgeCards(options: CardsOptions): Badging {
  const abort = new AbortController();
  const verdicts = new Map<string, CardVerdict>();
  const mounted = new Map<Element, Mounted>();
  const pending = new Set<string>();
  const askedIds = new Set<string>();
  let dim = options.dim;
  let showAll = false;
  let notice: ShadowHost | undefined;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;

  // Opened when the first card is asked about (one nears the viewport). When the background's end goes away, it
  // reconnects at once if a card is still without a firm answer (not asked back yet, or unknown after a transient
  // failure the old connection was retrying), and asks again for those; when every card has its answer, it lets
  // the background sleep until a new card is asked about or the settings change (then every card is asked again,
  // for its verdict under the new settings).
  let port: BackgroundPort | undefined;
  let askAll = false;
  const waiting = () =>
    [...askedIds].filter((id) => {
      const verdict = verdicts.get(id);
      return !verdict || (verdict.state === 'unknown' && verdict.retrying === true);
    });
  const openPort = () =>
    openBackgroundPort(CARDS_PORT, abort.signal, {
      settled: () => pending.size === 0 && waiting().length === 0,
      connected: (send) => {
        const ids = askAll ? [...askedIds] : waiting();
        askAll = false;
        if (ids.length) send({ type: 'cards', ids });
      },
      message: (raw, reply) => {
        if (!isCardsMessage(raw)) return;
        if (raw.type === 'fetch') {
          void executeFetch(raw.url, abort.signal).then((result) => {
            if (!abort.signal.aborted) reply({ type: 'fetch-result', reqId: raw.reqId, ...result });
          });
          return;
        }
        // The verdicts the background answered close together: one pass over the cards for all of them.
        for (const verdict of raw.verdicts) verdicts.set(verdict.id, verdict);
        const ids = new Set(raw.verdicts.map((verdict) => verdict.id));
        const changed = [...mounted].filter(([, m]) => ids.has(m.id));
        for (const [, m] of changed) draw(m);
        applyDim(changed);
      },
    });

  const visibility = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visibility.unobserve(entry.target);
        const m = mounted.get(entry.target);
        if (m && !verdicts.has(m.id) && !askedIds.has(m.id)) pending.add(m.id);
      }
      if (pending.size && batchTimer === undefined) batchTimer = setTimeout(flush, BATCH_MS);
    },
    { rootMargin: '300px 0px' },
  );

  function flush() {
    batchTimer = undefined;
    const ids = [...pending];
    pending.clear();
    if (!ids.length) return;
    ids.forEach((id) => askedIds.add(id));
    // A new port's hello asks for every id still waiting, these included.
    if (port) port.post({ type: 'cards', ids });
    else port = openPort();
  }

  function draw(m: Mounted) {
    render(<CardBadge verdict={verdicts.get(m.id)} />, m.container);
  }

  /** `static` is read for all new cards before any is written, so the page lays out once, not once per card. */
  function mount(card: HTMLElement, id: string, isStatic: boolean) {
    const m: Mounted = { id, ...createShadowHost('card', options.theme) };
    // Absolutely placed in the card's corner: the hub's grid never moves.
    m.host.style.cssText = 'all: initial; position: absolute; top: 6px; right: 8px; z-index: 1;';
    if (isStatic) {
      m.previousPosition = card.style.position;
      card.style.position = 'relative';
    }
    // Drawn before it joins the page: attributes set on a detached tree cost no style invalidation.
    draw(m);
    card.append(m.host);
    mounted.set(card, m);
    if (verdicts.has(id) || askedIds.has(id)) return;
    visibility.observe(card);
  }

  /**
   * A card's model id, worked out again only when its links or title change: a rescan of a 100-card listing after
   * each of the hub's re-renders then costs a few attribute reads per card, not 100 URL parses.
   */
  const ids = new WeakMap<Element, { key: string; id: string | undefined }>();
  function cardId(card: HTMLElement): string | undefined {
    const title = options.cards.title === undefined ? '' : (card.querySelector(options.cards.title)?.textContent ?? '');
    // The card's own link too: a hub's card may be the link itself (Civitai's).
    const key = `${card.getAttribute('href') ?? ''} ${card.querySelector('a[href]')?.getAttribute('href') ?? ''} ${title}`;
    const known = ids.get(card);
    if (known?.key === key) return known.id;
    const id = options.cards.modelId(card, location.href);
    ids.set(card, { key, id });
    return id;
  }

  function scan() {
    // Forget cards the hub removed, so nothing detached is kept alive.
    for (const [card, m] of mounted) {
      if (!card.isConnected) {
        visibility.unobserve(card);
        render(null, m.container);
        mounted.delete(card);
      }
    }
    const fresh: [HTMLElement, string, boolean][] = [];
    for (const card of document.querySelectorAll<HTMLElement>(options.cards.selector)) {
      const id = cardId(card);
      const m = mounted.get(card);
      if (m && m.id === id && m.host.isConnected) continue;
      if (m) unmount(card, m);
      if (id) fresh.push([card, id, getComputedStyle(card).position === 'static']);
    }
    for (const [card, id, isStatic] of fresh) mount(card, id, isStatic);
    applyDim();
  }

  function unmount(card: HTMLElement, m: Mounted) {
    visibility.unobserve(card);
    render(null, m.container);
    m.host.remove();
    if (m.previousPosition !== undefined) card.style.position = m.previousPosition;
    undim(card);
    mounted.delete(card);
  }

  function undim(card: HTMLElement) {
    if (!card.hasAttribute('data-ol-dimmed')) return;
    card.removeAttribute('data-ol-dimmed');
    card.style.removeProperty('opacity');
    card.style.removeProperty('display');
  }

  const isDimmed = (m: Mounted) => dim !== 'off' && !showAll && verdicts.get(m.id)?.below === true;

  /**
   * Applies the user's filter to `cards` (by default every mounted card) and updates the notice's count. A verdict
   * touches only its own cards: a 100-card listing does not rewrite 100 cards for each of its 100 answers.
   */
  function applyDim(cards: Iterable<[Element, Mounted]> = mounted) {
    for (const [card, m] of cards) {
      const el = card as HTMLElement;
      if (!isDimmed(m)) {
        undim(el);
        continue;
      }
      el.setAttribute('data-ol-dimmed', dim);
      if (dim === 'dim') {
        el.style.setProperty('opacity', '0.35');
        el.style.removeProperty('display');
      } else el.style.setProperty('display', 'none');
    }
    let count = 0;
    for (const m of mounted.values()) if (isDimmed(m)) count++;
    renderNotice(count);
  }

  function renderNotice(count: number) {
    if (count === 0 || dim === 'off') {
      if (notice) {
        render(null, notice.container);
        notice.host.remove();
        notice = undefined;
      }
      return;
    }
    if (!notice) {
      notice = createShadowHost('badge', options.theme);
      notice.host.setAttribute('data-kind', 'dim-notice');
      notice.host.style.cssText = 'all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000;';
      document.body.append(notice.host);
    }
    render(
      <DimNotice
        count={count}
        mode={dim as 'dim' | 'hide'}
        onShow={() => {
          showAll = true;
          applyDim();
        }}
      />,
      notice.container,
    );
  }

  // The hub's theme can change under a listing: every badge (and the notice) follows it.
  const stopTheme = watchTheme(options.theme, (theme) => {
    for (const m of mounted.values()) m.syncTheme(theme);
    notice?.syncTheme(theme);
  });

  scan();

  return {
    scan,
    setDim(mode) {
      dim = mode;
      showAll = false;
      applyDim();
    },
    settingsChanged() {
      if (!port || port.isOpen()) return;
      askAll = true;
      port.wake();
    },
    dispose() {
      abort.abort();
      stopTheme();
      visibility.disconnect();
      clearTimeout(batchTimer);
      for (const [card, m] of [...mounted]) unmount(card as HTMLElement, m);
      renderNotice(0);
      port?.disconnect();
    },
  };
}
