/**
 * The task pane: React and its own small UI layer (ui/, Fluent UI's look), a chunk of its own that src/runtime.ts loads when the pane is
 * shown (the custom functions and the ribbon command are registered before, without it).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, ThemeProvider, type Theme, lightTheme } from './ui';
import { createExcelAdapter } from '../excel/adapter';
import { App } from './components/App';
import { consumePendingFocusRequest } from './focus';
import { languageOf, stringsFor } from './i18n/strings';
import { themeFor, type OfficeThemeInfo } from './theme';

/** Marks the first render of the pane on screen (casa:pane-rendered), for the browser tests. */
function FirstRender({ children }: { children: React.ReactNode }): React.ReactElement {
  React.useEffect(() => {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
      performance.mark('casa:pane-rendered');
    }
  }, []);
  return <>{children}</>;
}

function mount(content: React.ReactElement, theme: Theme = lightTheme): void {
  const container = document.getElementById('root');
  if (!container) return;
  // The loading line written by the runtime goes; React owns the element from now on.
  container.textContent = '';
  // The page around the pane takes the theme's colours too (no white band below a dark pane).
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
  createRoot(container).render(
    <ThemeProvider theme={theme} style={{ minHeight: '100vh' }}>
      <FirstRender>{content}</FirstRender>
    </ThemeProvider>,
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

export function mountPane(): void {
  if (typeof Office === 'undefined') {
    mount(<Body1>{stringsFor(navigator.language).notInExcel}</Body1>);
    return;
  }
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
}
