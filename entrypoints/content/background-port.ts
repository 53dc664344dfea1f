/**
 * A page's port to the background. It reconnects when the background's end goes away (an MV3 service worker
 * stopped, the page restored from the back/forward cache) and stops quietly when the extension itself is gone
 * (reloaded or updated), so nothing is ever thrown into the hub's page. An answer to a request is sent back only on
 * the connection the request came in on: after a reconnect, request numbers start again and must not be mixed.
 */
import { browser } from 'wxt/browser';

const RECONNECT_MS = 500;
const MAX_RECONNECTS = 20;

export interface BackgroundPort {
  post: (message: unknown) => void;
  disconnect: () => void;
}

interface Handlers {
  /** A message from the background; `reply` answers on the same connection. */
  message: (raw: unknown, reply: (message: unknown) => void) => void;
  /** Called on every (re)connection, with a sender for it: say hello, ask again for what is still pending. */
  connected: (post: (message: unknown) => void) => void;
}

type Port = ReturnType<typeof browser.runtime.connect>;

function send(port: Port | undefined, message: unknown): void {
  try {
    port?.postMessage(message);
  } catch {
    // The other end went away: the disconnect handler takes over.
  }
}

export function openBackgroundPort(name: string, signal: AbortSignal, handlers: Handlers): BackgroundPort {
  let current: Port | undefined;
  let reconnects = 0;

  const connect = () => {
    // `runtime.id` is gone once the extension was reloaded or updated: this page's script is an orphan.
    if (signal.aborted || !browser.runtime?.id) return;
    let port: Port;
    try {
      port = browser.runtime.connect({ name });
    } catch {
      return;
    }
    current = port;
    port.onMessage.addListener((raw: unknown) => {
      reconnects = 0;
      handlers.message(raw, (message) => {
        if (current === port) send(port, message);
      });
    });
    port.onDisconnect.addListener(() => {
      if (current === port) current = undefined;
      if (signal.aborted || ++reconnects > MAX_RECONNECTS) return;
      setTimeout(connect, RECONNECT_MS);
    });
    handlers.connected((message) => send(port, message));
  };
  connect();

  return {
    post: (message) => send(current, message),
    disconnect: () => {
      const port = current;
      current = undefined;
      port?.disconnect();
    },
  };
}
