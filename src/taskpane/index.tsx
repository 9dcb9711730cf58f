/**
 * Entry of the shared runtime: one page loads the task pane, the custom functions and the ribbon
 * commands, so they share state and one JavaScript context.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, type Theme, webLightTheme } from '@fluentui/react-components';
import '../functions/functions';
import { registerCommands } from '../commands/commands';
import { createExcelAdapter } from '../excel/adapter';
import { App } from './components/App';
import { consumePendingFocusRequest } from './focus';
import { languageOf, stringsFor } from './i18n/strings';
import { themeFor, type OfficeThemeInfo } from './theme';

function mount(content: React.ReactElement, theme: Theme = webLightTheme): void {
  const container = document.getElementById('root');
  if (!container) return;
  // The page around the pane takes the theme's colours too (no white band below a dark pane).
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {content}
    </FluentProvider>,
  );
}

/** Office's theme, or nothing where Office does not report one (older hosts). */
function officeTheme(): OfficeThemeInfo | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
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
      themeFor(officeTheme()),
    );
  });
} else {
  mount(<Body1>{stringsFor(navigator.language).notInExcel}</Body1>);
}
