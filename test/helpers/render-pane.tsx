/** Renders the task pane as Office would, inside the theme's provider, with a fixed clock. */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import { ThemeProvider, lightTheme } from '../../src/taskpane/ui';
import { App, type AppProps } from '../../src/taskpane/components/App';
import type { FakeAdapter } from './fake-adapter';

/** 1 June 2021: the pane proposes the 2022 plan. */
export const NOW = new Date(2021, 5, 1, 10, 30);

/** Renders the pane and lets the adapter's first answers (the list of sources) arrive. */
export async function renderPane(adapter: FakeAdapter, props: Partial<AppProps> = {}): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <ThemeProvider theme={lightTheme}>
        <App adapter={adapter} language="it" now={() => NOW} {...props} />
      </ThemeProvider>,
    );
  });
  return result as RenderResult;
}

/**
 * Waits for the sources, reads the chosen one and waits for the outcome in the footer's live
 * region ("Letto Inventario!A1:G24: …"). A usable inventory closes its step: `openStep` reopens it.
 */
export async function readInventory(buttonName: RegExp = /Leggi l’inventario|Read the inventory/): Promise<void> {
  const button = await screen.findByRole('button', { name: buttonName });
  await waitFor(() => expect(screen.getByRole('option', { name: /^(Tabella|Table) Inventario/ })).toBeInTheDocument());
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(footerStatus()).toHaveTextContent(/^(Letto|Read) /));
}

/** The footer's live region: the outcome of the last action. */
export function footerStatus(): HTMLElement {
  return within(screen.getByTestId('pane-footer')).getByRole('status');
}

/** Opens a step of the pane by its title ("1. Inventario degli alloggi"), if it is closed. */
export async function openStep(title: string | RegExp): Promise<void> {
  const toggle = screen.getByRole('button', { name: title });
  if (toggle.getAttribute('aria-expanded') === 'true') return;
  await act(async () => {
    fireEvent.click(toggle);
  });
}

/** Types into a text field as a user would (the whole value at once). */
export function type(element: HTMLElement, value: string): void {
  fireEvent.change(element, { target: { value } });
}

/**
 * A control's validation message, as assistive technology gets it: the alert among the elements
 * that describe it (aria-describedby). Undefined when there is none, or when it is not wired.
 */
export function validationMessageOf(control: HTMLElement): string | undefined {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const message = ids
    .map((id) => control.ownerDocument.getElementById(id))
    .find((element) => element?.getAttribute('role') === 'alert');
  return message?.textContent ?? undefined;
}

/**
 * Applies a preset as a clerk does: "Riempi da un modello", the preset, (the preset's own year
 * when asked), "Applica il modello". Opens the parameters step first.
 */
export async function applyPreset(name: string, options: { takeYear?: boolean } = {}): Promise<void> {
  await openStep(/^2\. (Parametri del piano|Plan parameters)$/);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^(Riempi da un modello|Fill from a preset)$/ }));
  });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await act(async () => {
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${escaped}`) }));
  });
  // Offered only when the preset's year differs from the form's.
  const takeYear = screen.queryByRole('checkbox', { name: /anno del modello|preset's year/ });
  if (options.takeYear && takeYear) {
    await act(async () => {
      fireEvent.click(takeYear);
    });
  }
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^(Applica il modello|Apply the preset)$/ }));
  });
}
