/**
 * A tiny static file server bound to 127.0.0.1, for the demo article, the test fixtures and the
 * benchmark pages. A page may carry its own response headers (for example a strict
 * Content-Security-Policy) in a sibling file `<name>.headers.json`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  /** Pages served from memory, keyed by path (e.g. `/bench/1mb.html`), for generated content. */
  pages: Map<string, { body: string; headers?: Record<string, string> }>;
  close(): Promise<void>;
}

/**
 * Serves each folder under its URL prefix, e.g. `{ '/demo/': 'demo', '/fixtures/': 'tests/fixtures' }`.
 * Binds to 127.0.0.1 only.
 */
export async function startStaticServer(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
  const bases = Object.entries(mounts).map(([prefix, dir]) => [prefix, path.resolve(dir)] as const);
  const pages: StaticServer['pages'] = new Map();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const generated = pages.get(url.pathname);
    if (generated) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...generated.headers });
      response.end(generated.body);
      return;
    }
    const mount = bases.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [prefix, base] = mount;
    const relative = path.normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    const file = path.join(base, relative || 'index.html');
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      let headers: Record<string, string> = {};
      try {
        headers = JSON.parse(await readFile(file.replace(/\.html?$/, '.headers.json'), 'utf8'));
      } catch {
        // Most pages have no extra headers.
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
