/**
 * A local HTTPS proxy that answers every hub request from the recorded hub, for Firefox. WebDriver BiDi's network
 * interception sees a tab's requests but not those of the extension's background page, so Firefox is pointed at
 * this proxy instead (its `network.proxy.*` prefs): the page's requests and the background's both arrive here. Each
 * CONNECT is answered by this process itself, with a certificate for the hub hosts signed by a test certificate
 * authority made for the run (`makeTestCa`) and trusted only in the test profile. A host that is not a hub is
 * refused: nothing reaches the network.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { recordedHubResponse } from '../../../scripts/recorded-hub';

/** One request as the hub saw it. */
export interface HubRequest {
  url: string;
  method: string;
}

/** What a fault handler answers: a response, 'hang' (never answered), or undefined to fall back to the recorded hub. */
export type HubAnswer = { status: number; headers?: Record<string, string>; body?: string } | 'hang' | undefined;
export type HubHandler = (request: HubRequest) => HubAnswer | Promise<HubAnswer>;

export interface HubProxy {
  port: number;
  requests: HubRequest[];
  /** Answers `url` (exact, query string ignored) with `handler` until the returned function is called. */
  route: (url: string, handler: HubHandler) => () => void;
  close: () => Promise<void>;
}

export interface TestCa {
  caFile: string;
  key: string;
  cert: string;
}

/** A certificate authority for this run, and one server certificate it signed for every hub host. */
export async function makeTestCa(dir: string, hosts: string[]): Promise<TestCa> {
  const file = (name: string) => path.join(dir, name);
  const openssl = (args: string) =>
    execFileSync(
      'openssl',
      args.split(' ').map((arg) => (arg.startsWith('@') ? file(arg.slice(1)) : arg)),
      {
        stdio: 'pipe',
      },
    );
  const key = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';
  await writeFile(file('ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  await writeFile(
    file('hub.ext'),
    `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`,
  );
  openssl(`req -new ${key} -keyout @ca.key -out @ca.csr -subj /CN=OpennessLensTestCA`);
  openssl(`x509 -req -in @ca.csr -key @ca.key -out @ca.pem -days 2 -extfile @ca.ext`);
  openssl(`req -new ${key} -keyout @hub.key -out @hub.csr -subj /CN=OpennessLensTestHub`);
  openssl(`x509 -req -in @hub.csr -CA @ca.pem -CAkey @ca.key -CAcreateserial -out @hub.pem -days 2 -extfile @hub.ext`);
  return {
    caFile: file('ca.pem'),
    key: readFileSync(file('hub.key'), 'utf8'),
    cert: readFileSync(file('hub.pem'), 'utf8'),
  };
}

export async function startHubProxy(options: { hubDir: string; hosts: string[]; ca: TestCa }): Promise<HubProxy> {
  const { hubDir, hosts, ca } = options;
  const requests: HubRequest[] = [];
  const routes = new Map<string, HubHandler[]>();
  const sockets = new Set<Socket>();
  const withoutQuery = (url: string) => url.split('?')[0]!.split('#')[0]!;

  const hub = https.createServer({ key: ca.key, cert: ca.cert }, (req, res) => {
    void (async () => {
      const url = `https://${req.headers.host ?? ''}${req.url ?? '/'}`;
      const request = { url, method: req.method ?? 'GET' };
      requests.push(request);
      // The latest route wins, as in Playwright.
      const handler = routes.get(withoutQuery(url))?.at(-1);
      const answer = handler ? await handler(request) : undefined;
      if (answer === 'hang') return;
      const { status, headers, body } = answer ?? (await recordedHubResponse(hubDir, url));
      res.writeHead(status, headers);
      res.end(body ?? '');
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });

  const proxy = http.createServer((_req, res) => {
    // Plain http is never a hub's: refused.
    res.writeHead(403);
    res.end();
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    const host = (req.url ?? '').replace(/:443$/, '');
    if (!hosts.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => hub.emit('connection', socket));
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));

  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    route: (url, handler) => {
      const key = withoutQuery(url);
      routes.set(key, [...(routes.get(key) ?? []), handler]);
      return () =>
        routes.set(
          key,
          (routes.get(key) ?? []).filter((h) => h !== handler),
        );
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
