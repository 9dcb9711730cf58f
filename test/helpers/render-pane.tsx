/** Renders the task pane as Office would, inside Fluent's provider, with a fixed clock. */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from '../../src/taskpane/components/App';
import type { FakeAdapter } from './fake-adapter';

/** 1 June 2021: the pane proposes the 2022 plan. */
export const NOW = new Date(2021, 5, 1, 10, 30);

/** Renders the pane and lets the adapter's first answers (the list of sources) arrive. */
export async function renderPane(adapter: FakeAdapter, props: Partial<AppProps> = {}): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <FluentProvider theme={webLightTheme}>
        <App adapter={adapter} language="it" now={() => NOW} {...props} />
      </FluentProvider>,
    );
  });
  return result as RenderResult;
}

/** Waits for the sources, reads the chosen one and waits for the columns to show. */
export async function readInventory(buttonName: RegExp = /Leggi l’inventario|Read the inventory/): Promise<void> {
  const button = await screen.findByRole('button', { name: buttonName });
  await waitFor(() => expect(screen.getByRole('option', { name: /^(Tabella|Table) Inventario/ })).toBeInTheDocument());
  await act(async () => {
    fireEvent.click(button);
  });
  await screen.findByRole('heading', { name: /Colonne dell’inventario|Inventory columns/ });
}

/** Types into a text field as a user would (the whole value at once). */
export function type(element: HTMLElement, value: string): void {
  fireEvent.change(element, { target: { value } });
}

/** The Field around a control, and its validation message. */
export function validationMessageOf(control: HTMLElement): string | undefined {
  const field = control.closest('.fui-Field');
  return field?.querySelector('.fui-Field__validationMessage')?.textContent ?? undefined;
}
