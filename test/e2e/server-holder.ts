/** Jest runs the global setup and teardown in one process: the server is kept on globalThis. */
import type { WorkbenchServer } from '../workbench/serve';

export function serverHolder(): { server?: WorkbenchServer } {
  const scope = globalThis as { __casaE2eServer?: { server?: WorkbenchServer } };
  scope.__casaE2eServer ??= {};
  return scope.__casaE2eServer;
}
