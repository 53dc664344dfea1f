/**
 * One model page: mount the badge at once ("checking…"), ask the background for the assessment over a port,
 * run the background's same-origin hub requests, and answer the popup. Everything is released by `dispose`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BadgeWithPanel } from '@/components/BadgeWithPanel';
import type { BadgeView } from '@/components/Badge';
import type { PageRef, PageState } from '@/lib/protocol/protocol';
import { PAGE_PORT } from '@/lib/protocol/constants';
import { isPageMessage } from '@/lib/protocol/guards';
import { pageStateOf, type PageAnswer } from '@/lib/protocol/page-state';
import { createShadowHost, watchTheme } from './shadow-host';
import { executeFetch } from './fetch-executor';
import { openBackgroundPort } from './background-port';
import { loadChunk } from './load-chunk';
import type { HubTheme } from '@/lib/hubs/descriptor';

export interface ModelPage {
  state: () => PageState;
  /** The settings changed: if the background had gone to sleep, wake it for an answer under the new settings. */
  settingsChanged: () => void;
  dispose: () => void;
}

export interface ModelPageOptions {
  /** Where the badge goes (the hub's page adapter); null: it floats. */
  anchor: (doc: Document) => Element | null;
  /** How the hub shows its theme (the hub's descriptor). */
  theme: HubTheme;
}

export function startModelPage(page: PageRef, { anchor, theme }: ModelPageOptions): ModelPage {
  const controller = new AbortController();
  const { host, container, syncTheme, addStyles } = createShadowHost('badge', theme);
  const place = anchor(document);
  if (!place) container.classList.add('floating');

  const openedAt = Date.now();
  let answer: PageAnswer | undefined;

  const draw = () =>
    render(
      <BadgeWithPanel
        view={badgeView(answer)}
        checkedAt={answer?.type === 'assessment' ? answer.checkedAt : openedAt}
        host={host}
        onRecheck={() => post({ type: 'recheck' })}
        copyText={(text) => navigator.clipboard.writeText(text)}
        methodLink={(anchor) => browser.runtime.getURL(`/method.html${anchor ? `#${anchor}` : ''}`)}
        loadBreakdown={() =>
          loadChunk('breakdown').then((chunk) => {
            addStyles(chunk.css);
            return chunk;
          })
        }
      />,
      container,
    );
  // Drawn before it joins the page: attributes set on a detached tree cost no style invalidation.
  draw();
  placeBadge(host, place);

  // The full answer with nothing left to retry: the background may sleep (an event page, a service worker), and a
  // later hello says the page has it, so the background answers from its cache without the page-only first stage.
  const settled = () => answer?.type === 'assessment' && answer.stage === 'enriched' && !answer.problem;
  const port = openBackgroundPort(PAGE_PORT, controller.signal, {
    settled,
    connected: (send) => send(settled() ? { type: 'hello', page, settled: true } : { type: 'hello', page }),
    message: (raw, reply) => {
      if (!isPageMessage(raw)) return;
      const message = raw;
      if (message.type === 'fetch') {
        void executeFetch(message.url, controller.signal).then((result) => {
          if (!controller.signal.aborted) reply({ type: 'fetch-result', reqId: message.reqId, ...result });
        });
        return;
      }
      answer = message;
      draw();
    },
  });
  const post = (message: unknown) => port.post(message);

  const stopTheme = watchTheme(theme, syncTheme);

  return {
    state: () => pageStateOf(page.id, answer),
    settingsChanged: () => port.wake(),
    dispose: () => {
      controller.abort();
      stopTheme();
      port.disconnect();
      render(null, container);
      host.remove();
    },
  };
}

function badgeView(answer: PageAnswer | undefined): BadgeView {
  if (!answer) return { kind: 'checking' };
  if (answer.type === 'unavailable') return { kind: 'unavailable', reason: answer.reason };
  return { kind: 'assessment', assessment: answer.assessment, stage: answer.stage, problem: answer.problem };
}

/**
 * Where the hub adapter says (next to the model's name); when the hub's markup has changed or is not known, a
 * floating badge rather than none.
 */
function placeBadge(host: HTMLElement, anchor: Element | null): void {
  if (anchor) {
    anchor.append(host);
    return;
  }
  host.style.cssText += 'position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; margin: 0;';
  host.setAttribute('data-floating', '');
  document.body.append(host);
}
