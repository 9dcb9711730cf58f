/**
 * Before the browser tests: the add-in's build when dist/ is stale (webpack, production), the
 * workbench (dist-workbench/), and the server on a free port of 127.0.0.1, whose URL the tests
 * read from CASA_E2E_URL. Chromium must be installed (Debian: apt-get install chromium).
 */
import { ensureAddinBuild } from '../workbench/addin-build';
import { chromiumPath } from '../workbench/browser';
import { buildWorkbench } from '../workbench/build';
import { startServer } from '../workbench/serve';
import { serverHolder } from './server-holder';

export default async function globalSetup(): Promise<void> {
  const log = (line: string): void => console.log(`[e2e] ${line}`);
  chromiumPath();
  log(ensureAddinBuild('production', log));
  await buildWorkbench(log);
  const server = await startServer({ port: 0 });
  serverHolder().server = server;
  process.env.CASA_E2E_URL = server.url;
  log(`Serving the workbench on ${server.url}`);
}
