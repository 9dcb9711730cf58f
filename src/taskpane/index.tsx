/**
 * Entry of the shared runtime: one page loads the task pane, the custom functions and the ribbon
 * commands, so they share state and one JavaScript context.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, webLightTheme } from '@fluentui/react-components';
import '../functions/functions';
import { registerCommands } from '../commands/commands';
import { createExcelAdapter } from '../excel/adapter';
import { App } from './components/App';
import { consumePendingFocusRequest } from './focus';
import { languageOf, stringsFor } from './i18n/strings';

function mount(content: React.ReactElement): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    registerCommands();
    const language = languageOf(Office.context?.displayLanguage);
    document.documentElement.lang = language;
    const request = consumePendingFocusRequest();
    mount(
      <App
        adapter={createExcelAdapter()}
        language={language}
        initialFocus={request?.field}
        initialFocusReason={request?.reason}
      />,
    );
  });
} else {
  mount(<Body1>{stringsFor(navigator.language).notInExcel}</Body1>);
}
