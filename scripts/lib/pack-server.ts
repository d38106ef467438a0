/**
 * A topic-pack server bound to 127.0.0.1 for the end-to-end tests and the benchmark: it serves a
 * release's files from memory under `/pack/`, can be told to answer one path with an error status
 * or never to answer, and logs every request with its headers, so a test can show exactly what a
 * subscription sends.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReleaseFile } from '../../lib/packs/pack-publish';

export interface PackServerRequest {
  readonly method: string;
  /** The path and query as requested. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface PackServer {
  readonly origin: string;
  /** The address of the index. */
  readonly indexUrl: string;
  readonly requests: PackServerRequest[];
  /** Serves these files (replacing the ones served before). */
  publish(files: readonly ReleaseFile[]): void;
  /** Answers `file` with `status`, or never answers it (`'hang'`); `undefined` serves it again. */
  fail(file: string, how: number | 'hang' | undefined): void;
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  const files = new Map<string, string>();
  const failures = new Map<string, number | 'hang'>();
  const requests: PackServerRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/pack\//, '');
    const failure = failures.get(name);
    if (failure === 'hang') {
      hanging.add(response);
      return;
    }
    if (failure !== undefined) {
      response.writeHead(failure, { 'content-type': 'text/plain' }).end('failure');
      return;
    }
    const body = files.get(name);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    indexUrl: `${origin}/pack/index.json`,
    requests,
    publish(release) {
      files.clear();
      for (const file of release) files.set(file.file, file.text);
    },
    fail(file, how) {
      if (how === undefined) failures.delete(file);
      else failures.set(file, how);
    },
    close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
