/**
 * One model page: mount the badge at once ("checking…"), ask the background for the assessment over a port,
 * run the background's same-origin hub requests, and answer the popup. Everything is released by `dispose`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BadgeWithPanel } from '@/components/BadgeWithPanel';
import type { BadgeView } from '@/components/Badge';
import type { PageRef, PageState } from '@/lib/messaging/protocol';
import { PAGE_PORT } from '@/lib/messaging/constants';
import { isPageMessage } from '@/lib/messaging/guards';
import { createShadowHost, watchTheme } from './shadow-host';
import { executeFetch } from './fetch-executor';
import { openBackgroundPort } from './background-port';

export interface ModelPage {
  state: () => PageState;
  dispose: () => void;
}

export function startModelPage(page: PageRef, anchor: (doc: Document) => Element | null): ModelPage {
  const controller = new AbortController();
  const { host, container, syncTheme } = createShadowHost('badge');
  const place = anchor(document);
  if (!place) container.classList.add('floating');

  let view: BadgeView = { kind: 'checking' };
  let checkedAt = Date.now();
  let stage: 'initial' | 'enriched' = 'initial';

  const draw = () =>
    render(
      <BadgeWithPanel
        view={view}
        checkedAt={checkedAt}
        host={host}
        onRecheck={() => post({ type: 'recheck' })}
        copyText={(text) => navigator.clipboard.writeText(text)}
        methodLink={(anchor) => browser.runtime.getURL(`/method.html${anchor ? `#${anchor}` : ''}`)}
      />,
      container,
    );
  // Drawn before it joins the page: attributes set on a detached tree cost no style invalidation.
  draw();
  placeBadge(host, place);

  const port = openBackgroundPort(PAGE_PORT, controller.signal, {
    connected: (send) => send({ type: 'hello', page }),
    message: (raw, reply) => {
      if (!isPageMessage(raw)) return;
      const message = raw;
      if (message.type === 'fetch') {
        void executeFetch(message.url, controller.signal).then((result) => {
          if (!controller.signal.aborted) reply({ type: 'fetch-result', reqId: message.reqId, ...result });
        });
        return;
      }
      if (message.type === 'assessment') {
        view = { kind: 'assessment', assessment: message.assessment, stage: message.stage, problem: message.problem };
        stage = message.stage;
        checkedAt = message.checkedAt;
      } else {
        view = { kind: 'unavailable', reason: message.reason };
      }
      draw();
    },
  });
  const post = (message: unknown) => port.post(message);

  const stopTheme = watchTheme(syncTheme);

  return {
    state: (): PageState => {
      if (view.kind === 'assessment')
        return {
          kind: 'model',
          stage,
          checkedAt,
          assessment: view.assessment,
          ...(view.problem ? { problem: view.problem } : {}),
        };
      if (view.kind === 'unavailable') return { kind: 'unavailable', id: page.id, reason: view.reason };
      return { kind: 'pending', id: page.id };
    },
    dispose: () => {
      controller.abort();
      stopTheme();
      port.disconnect();
      render(null, container);
      host.remove();
    },
  };
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
