/**
 * A page's port to the background. When the background's end goes away (Chrome's service worker or Firefox's event
 * page unloaded when idle, the page restored from the back/forward cache), a page still waiting for something
 * reconnects at once; a page that has all it asked for lets the background sleep, and reconnects only when it next
 * needs it (a message to send, or `wake`). It stops quietly when the extension itself is gone (reloaded or updated),
 * so nothing is ever thrown into the hub's page. An answer to a request is sent back only on the connection the
 * request came in on: after a reconnect, request numbers start again and must not be mixed.
 */
import { browser } from 'wxt/browser';

const RECONNECT_MS = 500;
const MAX_RECONNECTS = 20;

export interface BackgroundPort {
  /** Sends on the open connection, connecting first if the background had gone away. */
  post: (message: unknown) => void;
  /** Connects again if the background had gone away (the page's hello then asks for a fresh answer). */
  wake: () => void;
  /** Whether a connection is open now. */
  isOpen: () => boolean;
  disconnect: () => void;
}

interface Handlers {
  /** A message from the background; `reply` answers on the same connection. */
  message: (raw: unknown, reply: (message: unknown) => void) => void;
  /** Called on every (re)connection, with a sender for it: say hello, ask again for what is still pending. */
  connected: (post: (message: unknown) => void) => void;
  /** Whether the page has all it asked for, so the background may sleep when it goes away (default: never). */
  settled?: () => boolean;
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
      if (current !== port) return;
      current = undefined;
      if (signal.aborted || handlers.settled?.() || ++reconnects > MAX_RECONNECTS) return;
      setTimeout(() => {
        if (!current) connect();
      }, RECONNECT_MS);
    });
    handlers.connected((message) => send(port, message));
  };
  connect();

  const wake = () => {
    if (current) return;
    reconnects = 0;
    connect();
  };

  return {
    post: (message) => {
      wake();
      send(current, message);
    },
    wake,
    isOpen: () => current !== undefined,
    disconnect: () => {
      const port = current;
      current = undefined;
      port?.disconnect();
    },
  };
}
