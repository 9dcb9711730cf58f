/**
 * Serves the workbench on http://localhost:3100 (WORKBENCH_PORT): dist-workbench/ (workbench.html,
 * office-sim.js) over the add-in's dist/ (taskpane.html, taskpane.js, functions.json,
 * manifest.xml). Only files inside those two folders are served; anything else is refused.
 * Plain node:http, loopback only, nothing cached.
 *
 *   npx tsx test/workbench/serve.ts
 */
import { existsSync, realpathSync, statSync, createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { DIST, ROOT, WORKBENCH_DIST } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface WorkbenchServer {
  /** Base URL, e.g. http://127.0.0.1:3100/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 picks a free port. Default WORKBENCH_PORT or 3100. */
  port?: number;
  /** Default 127.0.0.1: the workbench is never reachable from the network. */
  host?: string;
  /** Folders served, the first that has the file wins. Default dist-workbench/ then dist/. */
  roots?: string[];
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The file for a request path, or the HTTP status that refuses it. */
export function resolveRequest(urlPath: string, roots: string[]): { file: string } | { status: 400 | 403 | 404 } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://workbench.invalid').pathname);
  } catch {
    return { status: 400 };
  }
  // The raw path too: URL() resolves '..' before we can see it, so check what was sent.
  let raw: string;
  try {
    raw = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return { status: 400 };
  }
  if (raw.includes('\0') || raw.split(/[/\\]/).includes('..') || pathname.includes('\\')) return { status: 403 };
  for (const root of roots) {
    const candidate = path.resolve(root, `.${pathname}`);
    if (!inside(root, candidate)) return { status: 403 };
    if (!existsSync(candidate)) continue;
    // A link pointing out of the folder is outside it.
    const real = realpathSync(candidate);
    if (!inside(realpathSync(root), real)) return { status: 403 };
    if (!statSync(real).isFile()) continue;
    return { file: real };
  }
  return { status: 404 };
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${text}\n`);
}

function handler(roots: string[]) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      send(response, 405, 'Method not allowed');
      return;
    }
    const url = request.url ?? '/';
    if (url === '/' || url.startsWith('/?')) {
      response.writeHead(302, { Location: `/workbench.html${url.slice(1)}`, 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    const found = resolveRequest(url, roots);
    if ('status' in found) {
      send(response, found.status, { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' }[found.status]);
      return;
    }
    const stat = statSync(found.file);
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  };
}

export function startServer(options: ServeOptions = {}): Promise<WorkbenchServer> {
  const roots = (options.roots ?? [WORKBENCH_DIST, DIST]).map((root) => path.resolve(root));
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(process.env.WORKBENCH_PORT ?? 3100);
  const server = createServer(handler(roots));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (require.main === module) {
  const missing = [path.join(DIST, 'taskpane.js'), path.join(WORKBENCH_DIST, 'workbench.html')].filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0) {
    console.error(
      `Missing ${missing.map((file) => path.relative(ROOT, file)).join(', ')}: run \`npm run build:dev && npx tsx test/workbench/build.ts\` first (or \`npm run workbench\`).`,
    );
    process.exit(1);
  }
  startServer().then(
    (server) => {
      const page = `http://localhost:${server.port}/workbench.html`;
      console.log(`Workbench: ${page}`);
      console.log(`In English: ${page}?lang=en-US`);
      console.log('Serving dist-workbench/ and dist/ on this computer only. Ctrl+C stops it.');
      const stop = (): void => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${process.env.WORKBENCH_PORT ?? 3100} is taken: choose another with WORKBENCH_PORT=3101 npm run workbench.`
          : error.message,
      );
      process.exit(1);
    },
  );
}
