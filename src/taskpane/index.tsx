/**
 * Entry of the shared runtime: one page loads the task pane, the custom functions and the ribbon
 * commands, so they share state and one JavaScript context.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import '../functions/functions';
import { registerCommands } from '../commands/commands';
import { App } from './components/App';
import { stringsFor } from './i18n/strings';

function render(displayLanguage: string | undefined): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(displayLanguage)} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    registerCommands();
    render(Office.context?.displayLanguage);
  });
} else {
  render(navigator.language);
}
