/**
 * The communication the tests write and read back: the Comune di Cremona's for 2027, with the
 * sample's dwellings and some choices, as the pane and `--comunicazione` prepare it.
 */
import { SAMPLE_INVENTORY } from '../../src/cli/main';
import { readInventoryFile } from '../../src/cli/read';
import { layoutCommunication } from '../../src/core/communication/layout';
import { parseInventory } from '../../src/core/inventory';

export async function sampleCommunication(generatedAt: Date): Promise<ReturnType<typeof layoutCommunication>> {
  const source = await readInventoryFile(SAMPLE_INVENTORY);
  const { columns } = parseInventory(source.grid);
  return layoutCommunication({
    ente: 'Comune di Cremona',
    anno: 2027,
    ambito: 'Ambito di Cremona',
    inventory: { grid: source.grid, columns },
    values: { maggiorazione: 0.1, satRichiesti: 3 } as never,
    generatedAt,
  });
}
