/**
 * After the browser tests: stops the server started by global-setup.ts, then checks that every
 * Chromium the run started has ended. One still running (a test that did not close its browser)
 * is ended here, by its process id, and the run fails with the list.
 */
import { RUN_TAG_ENV, endProcesses, waitForChromiumToEnd } from '../workbench/chromium-processes';
import { serverHolder } from './server-holder';

/** Time Chromium's processes get to finish exiting after the last browser was closed. */
const GRACE_MS = 5_000;

export default async function globalTeardown(): Promise<void> {
  const holder = serverHolder();
  await holder.server?.close();
  holder.server = undefined;

  const tag = process.env[RUN_TAG_ENV];
  if (!tag) return;
  const left = await waitForChromiumToEnd(tag, GRACE_MS);
  if (left.length === 0) {
    console.log(`[e2e] No Chromium process of this run (${RUN_TAG_ENV}=${tag}) is left running.`);
    return;
  }
  endProcesses(left);
  throw new Error(
    `[e2e] ${left.length} Chromium process(es) of this run were still running after the tests; ended now:\n` +
      left.map(({ pid, command }) => `  ${pid} ${command.slice(0, 160)}`).join('\n'),
  );
}
