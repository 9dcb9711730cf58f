/**
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core) on the workbench, for the
 * end-to-end tests and the README's screenshots. The page's request for Microsoft's office.js
 * is answered with the simulated host (dist-workbench/office-sim.js); every other request that
 * does not go to this computer is aborted and recorded, so a test can fail on it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { findSystemDeps, missingMessage } from '../../scripts/ensure-system-deps';
import type { SimHost } from '../sim/host';
import { RUN_TAG_ENV, chromiumProcessesUsing, endProcesses, profilePrefix, runTag } from './chromium-processes';
import { OFFICE_JS_URL, WORKBENCH_DIST } from './paths';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long closing the browser may take before its processes are ended. */
const CLOSE_TIMEOUT_MS = 15_000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface BrowserSession {
  context: BrowserContext;
  /** Requests to anywhere but this computer, aborted (since the last openPage). */
  outside: string[];
  close(): Promise<void>;
}

/** The Chromium to drive: CASA_CHROMIUM, else /usr/bin/chromium (macOS: Chromium or Chrome). */
export function chromiumPath(): string {
  const found = findSystemDeps().chromium;
  if (!found) throw new Error(missingMessage(['chromium']));
  return found;
}

/**
 * Starts Chromium headless with a fresh profile, routing office.js and refusing the internet.
 * Its processes carry this run's tag (chromium-processes.ts): in the profile folder's name and in
 * their environment, so that the run can check that none is left when it ends.
 */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserSession> {
  const tag = runTag();
  const userDataDir = mkdtempSync(path.join(tmpdir(), profilePrefix(tag)));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, [RUN_TAG_ENV]: tag },
      viewport: options.viewport ?? { width: 1440, height: 960 },
      locale: 'it-IT',
      timezoneId: 'Europe/Rome',
      serviceWorkers: 'block',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const outside: string[] = [];
  const officeSim = path.join(WORKBENCH_DIST, 'office-sim.js');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      await route.fulfill({
        status: 200,
        contentType: 'text/javascript; charset=utf-8',
        body: readFileSync(officeSim),
      });
      return;
    }
    const { protocol, hostname } = new URL(url);
    if ((protocol === 'http:' || protocol === 'https:') && LOOPBACK.has(hostname)) {
      await route.continue();
      return;
    }
    if (protocol === 'data:' || protocol === 'blob:') {
      await route.continue();
      return;
    }
    outside.push(url);
    await route.abort('blockedbyclient');
  });
  context.on('page', (page) =>
    page.on('websocket', (socket) => {
      if (!LOOPBACK.has(new URL(socket.url()).hostname)) outside.push(socket.url());
    }),
  );
  return {
    context,
    outside,
    close: async () => {
      try {
        // A page stuck in a loop can keep Chromium from closing: after a while its processes
        // (found by this browser's own profile folder) are ended instead.
        let timer: NodeJS.Timeout | undefined;
        const closed = await Promise.race([
          context.close().then(() => true),
          new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS))),
        ]);
        clearTimeout(timer);
        if (!closed) endProcesses(chromiumProcessesUsing(userDataDir));
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions in the page (a broken bundle shows here). */
  pageErrors: string[];
  /** console.error lines, for the failure message. */
  consoleErrors: string[];
}

export interface OpenOptions {
  /**
   * Page of the server: 'taskpane.html' (the real page, office.js routed), 'workbench.html', or
   * 'help.html' (the add-in's help page, a plain page: nothing of the workbench to wait for).
   */
  file?: 'taskpane.html' | 'workbench.html' | 'help.html';
  /** The colour scheme the page sees (prefers-color-scheme), for pages that follow it. */
  colorScheme?: 'light' | 'dark';
  /** Office display language (?lang=), default it-IT. */
  lang?: string;
  /** Office's theme (?theme=), default light. */
  theme?: 'light' | 'dark';
  /** The task pane's width in pixels (?pane=), default 360. */
  paneWidth?: number;
  /** The window's size for this page (default: the session's). */
  viewport?: { width: number; height: number };
  /** An older Excel: the host's ExcelApi version (?excelapi=), default 1.17. */
  excelApi?: string;
  /** The pane closed at start (?pane=hidden): openPage then waits for the functions, not the pane. */
  paneHidden?: boolean;
  /**
   * Runs in the page before the add-in starts, with the simulated host (window.__workbenchSetup):
   * arrange sheets, tables and document settings. Serialized: it sees only `arg`.
   */
  setup?: { fn: (sim: SimHost, arg: unknown) => void; arg?: unknown };
}

/** Opens the workbench and waits until the pane has rendered and the workbench is ready. */
export async function openPage(
  session: BrowserSession,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  session.outside.length = 0;
  const page = await session.context.newPage();
  page.setDefaultTimeout(20_000);
  if (options.viewport) await page.setViewportSize(options.viewport);
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // The setup function travels as its source text: it must not use imports or closures (and
  // coverage instrumentation, which adds counters to it, would break it).
  if (options.setup) {
    const { fn, arg } = options.setup;
    await page.addInitScript({
      content: `window.__workbenchSetup = (sim) => (${fn.toString()})(sim, ${JSON.stringify(arg ?? null)});`,
    });
  }
  const url = new URL(options.file ?? 'taskpane.html', baseUrl);
  if (options.lang) url.searchParams.set('lang', options.lang);
  if (options.theme) url.searchParams.set('theme', options.theme);
  if (options.paneWidth) url.searchParams.set('pane', String(options.paneWidth));
  if (options.paneHidden) url.searchParams.set('pane', 'hidden');
  if (options.excelApi) url.searchParams.set('excelapi', options.excelApi);
  await page.goto(url.href);
  if (options.file === 'help.html') return { page, pageErrors, consoleErrors };
  if (options.paneHidden) {
    await page.waitForFunction(() => window.__sim !== undefined && window.__sim.actionNames().includes('creaPiano'));
  } else {
    await page.waitForFunction(() => window.__workbench !== undefined && document.querySelector('#root main') !== null);
  }
  await page.evaluate(() => window.__workbench!.ready);
  return { page, pageErrors, consoleErrors };
}

/** Saves a screenshot of the whole window. */
export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled' });
}
