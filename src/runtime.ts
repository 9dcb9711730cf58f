/**
 * Entry of the shared runtime (taskpane.js): one page serves the custom functions, the ribbon
 * command and the task pane, so they share state and one JavaScript context. This entry stays
 * small: it registers the functions and the ribbon command first, and loads the React task pane
 * (a separate chunk) only when the pane is shown. Excel often starts the runtime
 * for a formula or a ribbon click with the pane closed: then React never loads at all.
 *
 * Performance marks (read by the browser tests): casa:functions-registered,
 * casa:commands-registered, casa:pane-requested, casa:pane-rendered (src/taskpane/index.tsx).
 */
import './functions/functions';
import { registerCommands } from './commands/commands';
import { languageOf } from './core/language';
import { format } from './core/messages';
import { RUNTIME_MESSAGES } from './runtime-messages';

// The metadata plugin appends CustomFunctions.associate(...) to functions.ts: evaluated above.
mark('casa:functions-registered');

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

let paneRequested = false;

/** Loads the task pane's chunk and mounts it, once. */
function loadPane(): void {
  if (paneRequested) return;
  paneRequested = true;
  mark('casa:pane-requested');
  const root = document.getElementById('root');
  const language = languageOf(typeof Office === 'undefined' ? navigator.language : Office.context?.displayLanguage);
  if (root && !root.hasChildNodes()) root.textContent = format(RUNTIME_MESSAGES.loading, language);
  import(/* webpackChunkName: "pane" */ './taskpane/index').then(
    (pane) => pane.mountPane(),
    () => {
      if (root) root.textContent = format(RUNTIME_MESSAGES.failed, language);
    },
  );
}

/**
 * Calls `show` once, when the task pane is visible: Office says so (SharedRuntime 1.1), or the
 * pane's root element gets a width (the page was opened as the pane, or its frame was shown).
 */
function whenPaneShown(show: () => void): void {
  Office.addin
    ?.onVisibilityModeChanged?.((message) => {
      if (String(message.visibilityMode) === 'Taskpane') show();
    })
    .catch(() => undefined);
  const root = document.getElementById('root');
  if (!root || typeof ResizeObserver === 'undefined') {
    show();
    return;
  }
  const visible = (): boolean => root.getClientRects().length > 0 && root.offsetWidth > 0;
  // The first observation comes right away, with the current size.
  const observer = new ResizeObserver(() => {
    if (!visible()) return;
    observer.disconnect();
    show();
  });
  observer.observe(root);
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    registerCommands();
    mark('casa:commands-registered');
    whenPaneShown(loadPane);
  });
} else {
  // Opened in a browser outside Office: the pane explains how to load the add-in.
  loadPane();
}
