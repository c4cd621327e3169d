/**
 * A small HTTP server on 127.0.0.1: serves the demo page for `npm start`, and
 * the test pages plus any routes a test adds (such as an index update source)
 * for the end-to-end tests. Given a certificate, it also answers HTTPS through
 * proxy tunnels (CONNECT host:443) with the same pages and routes: Firefox
 * upgrades an extension page's http:// requests to https://.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Adds or replaces a route for an exact path. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A certificate and its key, PEM-encoded, for the tunnelled HTTPS (a test's own, trusted by nothing). */
export interface TunnelCertificate {
  cert: string;
  key: string;
}

export async function startServer(root: string, tunnel?: TunnelCertificate): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if (route) {
      void Promise.resolve(route(request, response)).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.statusCode = 403;
      response.end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(body);
      },
      () => {
        response.statusCode = 404;
        response.end('not found');
      },
    );
  };
  const server = createServer(handle);
  if (tunnel) {
    // Each tunnel's socket is handed to an HTTPS server that never listens itself.
    const tls = createTlsServer(tunnel, handle);
    server.on('connect', (_request, socket) => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      tls.emit('connection', socket);
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
