/**
 * Before the browser tests: the add-in's build when dist/ is stale (webpack, production), the
 * workbench (dist-workbench/), and the server on a free port of 127.0.0.1, whose URL the tests
 * read from CASA_E2E_URL. Chromium must be installed (Debian: apt-get install chromium).
 * Every Chromium of the run carries the run's tag (CASA_CHROMIUM_RUN), so that the teardown can
 * check that none is left. A run started with CASA_E2E_URL already set (the clean-runs test
 * starting a run of its own) uses that server and builds nothing.
 */
import { ensureAddinBuild } from '../workbench/addin-build';
import { chromiumPath } from '../workbench/browser';
import { buildWorkbench } from '../workbench/build';
import { RUN_TAG_ENV, runTag } from '../workbench/chromium-processes';
import { startServer } from '../workbench/serve';
import { serverHolder } from './server-holder';

export default async function globalSetup(): Promise<void> {
  const log = (line: string): void => console.log(`[e2e] ${line}`);
  chromiumPath();
  log(`Chromium run tag ${RUN_TAG_ENV}=${runTag()}`);
  if (process.env.CASA_E2E_URL) {
    log(`Using the workbench already served on ${process.env.CASA_E2E_URL}`);
    return;
  }
  log(ensureAddinBuild('production', log));
  await buildWorkbench(log);
  const server = await startServer({ port: 0 });
  serverHolder().server = server;
  process.env.CASA_E2E_URL = server.url;
  log(`Serving the workbench on ${server.url}`);
}
