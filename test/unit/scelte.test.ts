import {
  SCELTE_SHEET_NAME,
  choiceDefinitions,
  isScelteSheetName,
  offersCategories,
  looksLikeScelte,
  parseScelte,
} from '../../src/core/communication/scelte';
import { OWNER_PARAM_KEYS, paramDefinitions } from '../../src/core/plan/params';
import type { Grid } from '../../src/core/types';

const HEADER = ['Parametro', 'Valore', 'Articolo e valori ammessi'];
const where = { anno: 2022, file: 'cremona.xlsx', sheetName: SCELTE_SHEET_NAME };

function grid(...rows: unknown[][]): Grid {
  return [HEADER, ['Ente proprietario', 'Comune di Cremona'], ...rows];
}

describe('the rows of the sheet', () => {
  test('are the per-owner parameters an owner can choose in the plan year, derived from OWNER_PARAM_KEYS', () => {
    // The 20 % indigenza is fixed by art. 13 c. 3; Polizia Locale and the art. 14 reserve exist from 2025.
    const choosable = (year: number) =>
      OWNER_PARAM_KEYS.filter((key) => {
        const definition = paramDefinitions(year).find((candidate) => candidate.key === key);
        return definition && !definition.fixed && definition.max > 0;
      });
    expect(choiceDefinitions(2022).map((definition) => definition.key)).toEqual(choosable(2022));
    expect(choiceDefinitions(2022).map((definition) => definition.key)).toEqual([
      'maggiorazione',
      'satRichiesti',
      'satSoglia',
      'forzePolizia',
    ]);
    expect(choiceDefinitions(2027).map((definition) => definition.key)).toEqual([
      'maggiorazione',
      'satRichiesti',
      'satSoglia',
      'forzePolizia',
      'poliziaLocale',
      'categoriaQuota',
    ]);
    expect(offersCategories(2022)).toBe(false);
    expect(offersCategories(2027)).toBe(true);
  });

  test.each([
    ["Scelte dell'ente", true],
    ["Scelte dell'ente (2)", true],
    ['SCELTE DELL’ENTE', true],
    ['Alloggi', false],
    [undefined, false],
  ])('%p is a Scelte sheet: %p', (name, expected) => {
    expect(isScelteSheetName(name)).toBe(expected);
  });

  test('a Scelte table is told from an inventory by its headers', () => {
    expect(looksLikeScelte(grid())).toBe(true);
    expect(looksLikeScelte([['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato']])).toBe(false);
  });
});

describe('parseScelte', () => {
  test('reads the owner, keys or Italian labels, Excel percentages and counts', () => {
    const reading = parseScelte(
      grid(
        ['Data della comunicazione', '27/10/2021'],
        ['Anno del piano', 2022],
        ['Maggiorazione indigenza (solo alloggi comunali)', 0.1],
        ['satRichiesti', 5],
        ['Soglia massima SAT', '25%'],
        ['forzePolizia', ''],
      ),
      where,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.choices).toEqual({
      ente: 'Comune di Cremona',
      place: { file: 'cremona.xlsx', sheet: SCELTE_SHEET_NAME, row: 2, cell: 'B2' },
      values: { maggiorazione: 0.1, satRichiesti: 5, satSoglia: 0.25 },
      cells: { maggiorazione: 'B5', satRichiesti: 'B6', satSoglia: 'B7' },
      dataComunicazione: { year: 2021, month: 10, day: 27 },
      dataCell: 'B3',
      anno: 2022,
    });
  });

  test('English labels as the pane shows them in English are read too', () => {
    const reading = parseScelte(grid(['SAT dwellings requested (per owner and comune)', 3]), where);
    expect(reading.choices?.values).toEqual({ satRichiesti: 3 });
  });

  test.each<[string, unknown[], RegExp]>([
    ['30 instead of 30 %', ['maggiorazione', 30], /cella B3 \(Maggiorazione.*30 è più del 100 %.*non è applicato/],
    [
      'a percentage above the legal maximum',
      ['maggiorazione', 0.9],
      // No article sets the 80 %: the message gives the reason instead (docs/NORMATIVA.md).
      /cella B3.*90 % è fuori dai limiti, da 0 % a 80 %.*con il 20 % di base la quota supererebbe tutti gli alloggi.*correggete la cella/,
    ],
    ['police share above 10 % before 2025', ['forzePolizia', 0.15], /cella B3.*15 % è fuori dai limiti.*art\. 7 bis/],
    ['a reserve that 2022 does not provide', ['categoriaQuota', 0.1], /cella B3.*non è prevista/],
    ['half a dwelling', ['satRichiesti', 2.5], /cella B3.*«2,5» non è un numero intero di alloggi/],
    ['text in a percentage', ['satSoglia', 'tanto'], /cella B3.*«tanto» non è una percentuale/],
    ['an Excel error', ['satRichiesti', '#N/A'], /cella B3.*l'errore #N\/A/],
  ])('%s is a problem at its file, sheet and cell, and is not applied', (_, row, message) => {
    const reading = parseScelte(grid(row), where);
    expect(reading.choices?.values).toEqual({});
    expect(reading.problems).toHaveLength(1);
    const [problem] = reading.problems;
    expect(problem).toMatchObject({
      file: 'cremona.xlsx',
      sheet: SCELTE_SHEET_NAME,
      cell: 'B3',
      row: 3,
      severity: 'errore',
    });
    expect(problem.message).toMatch(/^File «cremona\.xlsx», foglio «Scelte dell'ente», cella B3/);
    expect(problem.message).toMatch(message);
  });

  test('a value out of bounds leaves the other choices applied', () => {
    const reading = parseScelte(grid(['maggiorazione', 0.95], ['satRichiesti', 4]), where);
    expect(reading.choices?.values).toEqual({ satRichiesti: 4 });
    expect(reading.problems.map((problem) => problem.cell)).toEqual(['B3']);
  });

  test('from 2025 the police share may reach 20 % and the reserve exists', () => {
    const reading = parseScelte(grid(['forzePolizia', 0.15], ['categoriaQuota', 0.1]), { ...where, anno: 2027 });
    expect(reading.problems).toEqual([]);
    expect(reading.choices?.values).toEqual({ forzePolizia: 0.15, categoriaQuota: 0.1 });
  });

  test('from 2025 the categories of the reserve, by key or by name; unknown names are a problem', () => {
    const reading = parseScelte(
      grid(['categoriaQuota', 0.1], ['Categorie a cui è destinata la riserva', 'Anziani; disabili, anziani']),
      { ...where, anno: 2027 },
    );
    expect(reading.problems).toEqual([]);
    expect(reading.choices?.values).toEqual({ categoriaQuota: 0.1, riservaCategorie: ['anziani', 'disabili'] });
    const wrong = parseScelte(grid(['riservaCategorie', 'anziani; studenti']), { ...where, anno: 2027 });
    expect(wrong.choices?.values).toEqual({});
    expect(wrong.problems[0].message).toMatch(
      /cella B3 \(Categorie a cui è destinata la riserva\): «studenti» non è una categoria dell'art\. 14/,
    );
    const early = parseScelte(grid(['riservaCategorie', 'anziani']), where);
    expect(early.problems[0].message).toMatch(/cella B3.*per il piano 2022 la riserva non è prevista/);
  });

  test('the fixed 20 % may be written, but not changed', () => {
    expect(parseScelte(grid(['indigenza', 0.2]), where)).toMatchObject({ problems: [], choices: { values: {} } });
    const changed = parseScelte(grid(['Quota indigenza (base)', 0.25]), where);
    expect(changed.choices?.values).toEqual({});
    expect(changed.problems[0].message).toMatch(/cella B3.*non si può scegliere/);
  });

  test('without the owner the choices cannot be attributed', () => {
    const reading = parseScelte([HEADER, ['Ente proprietario', ''], ['satRichiesti', 5]], where);
    expect(reading.choices).toBeUndefined();
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0].message).toMatch(/cella B2 \(Ente proprietario\): manca il nome dell'ente proprietario/);
  });

  test('an unknown parameter with a value, a repeated row and another plan year are warnings', () => {
    const reading = parseScelte(
      grid(
        ['Anno del piano', 2021],
        ['Quota magica', 0.5],
        ['satRichiesti', 5],
        ['Alloggi SAT richiesti (per ente e comune)', 6],
      ),
      where,
    );
    expect(reading.choices?.values).toEqual({ satRichiesti: 5 });
    expect(reading.problems.map((problem) => [problem.cell, problem.severity])).toEqual([
      ['B3', 'avviso'],
      ['B4', 'avviso'],
      ['B6', 'avviso'],
    ]);
    expect(reading.problems[0].message).toMatch(/piano 2021, mentre il piano in preparazione è del 2022/);
    expect(reading.problems[1].message).toMatch(/«Quota magica» non è un parametro riconosciuto/);
    expect(reading.problems[2].message).toMatch(/compare già nella cella B5: vale il primo valore/);
  });

  test('notes under the table without a value are not problems', () => {
    const reading = parseScelte(grid([], ['Lasciate vuoto un valore per applicare quello generale del piano.']), where);
    expect(reading.problems).toEqual([]);
  });

  test('a table placed lower in the sheet keeps its real cell addresses', () => {
    const reading = parseScelte(
      [['Comunicazione 2022'], [], HEADER, ['Ente', 'ALER Brescia-Cremona-Mantova'], ['satRichiesti', -1]],
      {
        ...where,
        firstRow: 1,
      },
    );
    expect(reading.choices?.ente).toBe('ALER Brescia-Cremona-Mantova');
    expect(reading.problems[0].cell).toBe('B5');
  });
});
