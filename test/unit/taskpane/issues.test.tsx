/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { parseInventory } from '../../../src/core/inventory';
import { createFakeAdapter, HEADERS, SHEET_NAME } from '../../helpers/fake-adapter';
import { readInventory, renderPane } from '../../helpers/render-pane';

describe('problems of the inventory', () => {
  test('lists errors then warnings, with a count badge', async () => {
    const adapter = createFakeAdapter();
    const { issues } = parseInventory(adapter.grid, { headerRow: 1, sheetName: SHEET_NAME });
    const errors = issues.filter((issue) => issue.severity === 'errore');
    const warnings = issues.filter((issue) => issue.severity === 'avviso');
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);

    await renderPane(adapter);
    await readInventory();
    expect(screen.getByLabelText(`${issues.length} problemi`)).toHaveTextContent(String(issues.length));
    const errorList = screen.getByRole('list', { name: 'Errori (righe escluse dal calcolo)' });
    const warningList = screen.getByRole('list', { name: 'Avvisi' });
    expect(
      within(errorList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(errors.map((issue) => `${issue.message}Vai alla riga`));
    expect(within(warningList).getAllByRole('listitem')).toHaveLength(warnings.length);
    // Errors come first on the page.
    expect(errorList.compareDocumentPosition(warningList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('"Vai alla riga" selects the row of the issue in the inventory', async () => {
    const adapter = createFakeAdapter();
    const { issues } = parseInventory(adapter.grid, { headerRow: 1, sheetName: SHEET_NAME });
    const unknownStatus = issues.find((issue) => issue.severity === 'errore' && issue.row > 1);
    expect(unknownStatus).toBeDefined();
    const row = unknownStatus?.row as number;

    await renderPane(adapter);
    await readInventory();
    fireEvent.click(screen.getByRole('button', { name: `Vai alla riga ${row}` }));
    expect(adapter.callsTo('selectRow')).toEqual([[SHEET_NAME, row, 0, HEADERS.length]]);
  });
});
