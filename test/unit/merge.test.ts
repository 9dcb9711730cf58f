import { SCELTE_SHEET_NAME, parseScelte } from '../../src/core/communication/scelte';
import { Merge, type CommunicationSource } from '../../src/core/merge/merge';
import { planFromMerge } from '../../src/core/merge/plan';
import { layoutOwnersSheet } from '../../src/core/merge/layout';
import { layoutPlanSheet } from '../../src/core/sheet';
import { computePlan } from '../../src/core/plan/plan';
import { defaultParams, type PlanParams } from '../../src/core/plan/params';
import type { Unit } from '../../src/core/types';
import { ALER, COMUNE_CASTELVERDE, COMUNE_CREMONA, cremonaUnits, unit } from '../helpers/plan-units';

const YEAR = 2022;
const params = (): PlanParams => defaultParams(YEAR);

function scelte(file: string, ente: string, ...rows: unknown[][]) {
  return parseScelte([['Parametro', 'Valore'], ['Ente proprietario', ente], ...rows], {
    anno: YEAR,
    file,
    sheetName: SCELTE_SHEET_NAME,
  });
}

function source(file: string, units: Unit[], ...readings: ReturnType<typeof scelte>[]): CommunicationSource {
  return { file, inventories: [{ sheet: 'Alloggi', units, issues: [] }], scelte: readings };
}

/** The sample Ambito split by owner, as the owners would send it. */
function byOwner(): Record<string, Unit[]> {
  const split: Record<string, Unit[]> = {};
  for (const dwelling of cremonaUnits()) (split[dwelling.owner] ??= []).push(dwelling);
  return split;
}

function merged(...sources: CommunicationSource[]) {
  const merge = new Merge(YEAR);
  for (const item of sources) merge.add(item);
  return merge.result();
}

describe('merging communications', () => {
  test('gives the plan of the single inventory with the same per-owner choices', () => {
    const owners = byOwner();
    const result = merged(
      source(
        'cremona.xlsx',
        owners[COMUNE_CREMONA],
        scelte('cremona.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.1], ['satRichiesti', 5]),
      ),
      source('castelverde.xlsx', owners[COMUNE_CASTELVERDE], scelte('castelverde.xlsx', COMUNE_CASTELVERDE)),
      source('aler.xlsx', owners[ALER]),
    );
    const plan = planFromMerge(result, params());
    const single = computePlan(cremonaUnits(), {
      ...params(),
      enti: { [COMUNE_CREMONA]: { maggiorazione: 0.1, satRichiesti: 5 } },
    });
    expect(result.problems).toEqual([]);
    expect(plan.totali).toEqual(single.totali);
    expect(plan.gruppi.map((group) => ({ ...group, fonti: undefined }))).toEqual(
      single.gruppi.map((group) => ({ ...group, fonti: undefined })),
    );
    expect(plan.gruppi.map((group) => [group.ente, group.comune, group.fonti])).toEqual([
      [COMUNE_CASTELVERDE, 'Castelverde', ['castelverde.xlsx']],
      [COMUNE_CREMONA, 'Cremona', ['cremona.xlsx']],
      [ALER, 'Castelverde', ['aler.xlsx']],
      [ALER, 'Cremona', ['aler.xlsx']],
    ]);
  });

  test('the same dwelling code in two communications is one problem naming both, and both rows are left out', () => {
    const owners = byOwner();
    const twin = { ...owners[COMUNE_CASTELVERDE][0], row: 40 };
    const castelverde = [...owners[COMUNE_CASTELVERDE].slice(1), { ...twin, row: 3 }];
    const result = merged(
      source('cremona.xlsx', owners[COMUNE_CREMONA]),
      source('castelverde.xlsx', castelverde),
      source('aler.xlsx', [...owners[ALER], { ...twin, owner: ALER, ownerKind: 'aler', comune: 'Castelverde' }]),
    );
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({
      severity: 'errore',
      file: 'aler.xlsx',
      sheet: 'Alloggi',
      row: 40,
      other: { file: 'castelverde.xlsx', sheet: 'Alloggi', row: 3 },
    });
    expect(problem.message).toBe(
      `File «aler.xlsx», foglio «Alloggi», riga 40: il codice alloggio ${twin.code} compare anche in file «castelverde.xlsx», foglio «Alloggi», riga 3. Lo stesso alloggio non può essere comunicato due volte: le due righe sono escluse dal calcolo finché una delle due comunicazioni non è corretta.`,
    );
    // The numbers come from every other row.
    const plan = planFromMerge(result, params());
    const rest = [...owners[COMUNE_CREMONA], ...castelverde.slice(0, -1), ...owners[ALER]];
    expect(plan.totali).toEqual(computePlan(rest, params()).totali);
    expect(plan.alloggi).toBe(rest.length);
    // The plan sheet's annex lists both rows, each with the other place.
    expect(plan.esclusi.filter((entry) => entry.code === twin.code)).toEqual([
      {
        row: 40,
        code: twin.code,
        file: 'aler.xlsx',
        sheet: 'Alloggi',
        reasons: [{ reason: 'same-dwelling', other: { file: 'castelverde.xlsx', sheet: 'Alloggi', row: 3 } }],
      },
      {
        row: 3,
        code: twin.code,
        file: 'castelverde.xlsx',
        sheet: 'Alloggi',
        reasons: [{ reason: 'same-dwelling', other: { file: 'aler.xlsx', sheet: 'Alloggi', row: 40 } }],
      },
    ]);
    const annex = layoutPlanSheet(plan, { generatedAt: new Date(Date.UTC(2021, 10, 1)) })
      .cells.flat()
      .map((cell) => cell?.value)
      .filter((value): value is string => typeof value === 'string');
    expect(annex).toContainEqual(
      expect.stringContaining('lo stesso alloggio è comunicato anche in file «aler.xlsx», foglio «Alloggi», riga 40'),
    );
  });

  test('the same regional platform ID under two codes is a conflict too', () => {
    const first = unit({ owner: COMUNE_CREMONA, comune: 'Cremona', code: 'CR-1', platformId: 'LOM-998877' });
    const second = unit({ owner: ALER, comune: 'Cremona', code: 'AL-9', platformId: 'lom-998877' });
    const result = merged(source('a.xlsx', [first]), source('b.xlsx', [second]));
    expect(result.tally.count).toBe(0);
    expect(result.tally.groups).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(
      /l'ID alloggio della piattaforma lom-998877 compare anche in file «a\.xlsx»/,
    );
  });

  test("one owner's dwellings in two files with different choices: the disputed value is not applied, the agreed ones are", () => {
    const owners = byOwner();
    const half = Math.floor(owners[COMUNE_CREMONA].length / 2);
    const result = merged(
      source(
        'cremona-1.xlsx',
        owners[COMUNE_CREMONA].slice(0, half),
        scelte('cremona-1.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.1], ['satRichiesti', 5]),
      ),
      source(
        'cremona-2.xlsx',
        owners[COMUNE_CREMONA].slice(half),
        scelte('cremona-2.xlsx', 'comune di  cremona', ['maggiorazione', 0.2], ['satRichiesti', 5]),
      ),
    );
    expect(result.scelte).toEqual({ [COMUNE_CREMONA]: { satRichiesti: 5 } });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      file: 'cremona-2.xlsx',
      cell: 'B3',
      other: { file: 'cremona-1.xlsx', sheet: SCELTE_SHEET_NAME, cell: 'B3' },
    });
    expect(result.problems[0].message).toMatch(
      /^File «cremona-2\.xlsx», foglio «Scelte dell'ente», cella B3 \(Maggiorazione.*\): «Comune di Cremona» indica qui Maggiorazione indigenza \(solo alloggi comunali\) 20 %, ma 10 % in file «cremona-1\.xlsx», foglio «Scelte dell'ente», cella B3\. .*vale il valore generale del piano/,
    );
    const plan = planFromMerge(result, params());
    const group = plan.gruppi.find((candidate) => candidate.ente === COMUNE_CREMONA);
    expect(group?.parametri.maggiorazione).toBe(0);
    expect(group?.sat.richiesti).toBe(5);
    expect(group?.fonti).toEqual(['cremona-1.xlsx', 'cremona-2.xlsx']);
  });

  test('a Scelte sheet naming an owner whose dwellings are not in its file is a problem and is not applied', () => {
    const owners = byOwner();
    const result = merged(
      source(
        'castelverde.xlsx',
        owners[COMUNE_CASTELVERDE],
        scelte('castelverde.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.3]),
      ),
      source('cremona.xlsx', owners[COMUNE_CREMONA]),
    );
    expect(result.scelte).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toBe(
      "File «castelverde.xlsx», foglio «Scelte dell'ente», cella B2 (Ente proprietario): le scelte sono di «Comune di Cremona», ma gli alloggi di questo file sono di «Comune di Castelverde»: le scelte non sono applicate. Correggete il nome dell'ente o inviate le scelte insieme agli alloggi dell'ente.",
    );
  });

  test('an owner with nothing to communicate answers with an empty table and its choices', () => {
    const result = merged(
      source('persico.xlsx', [], scelte('persico.xlsx', 'Comune di Persico Dosimo', ['satRichiesti', 2])),
    );
    expect(result.problems).toEqual([]);
    expect(result.enti).toEqual([
      expect.objectContaining({
        ente: 'Comune di Persico Dosimo',
        alloggi: 0,
        scelte: true,
        stato: 'ricevuta',
        fonti: ['persico.xlsx'],
      }),
    ]);
    // No dwelling, so the choices have nothing to apply to and make no "unused parameters" note.
    const plan = planFromMerge(result, params());
    expect(plan.note.map((note) => note.message).join('\n')).not.toMatch(/non sono stati usati/);
  });

  test('who has not answered, who is late and who is not in the list', () => {
    const owners = byOwner();
    const merge = new Merge(YEAR);
    merge.add({
      ...source(
        'cremona.xlsx',
        owners[COMUNE_CREMONA],
        scelte('cremona.xlsx', COMUNE_CREMONA, ['Data della comunicazione', '27/10/2021']),
      ),
    });
    merge.add(
      source(
        'castelverde.xlsx',
        owners[COMUNE_CASTELVERDE],
        scelte('castelverde.xlsx', COMUNE_CASTELVERDE, ['Data della comunicazione', '12/11/2021']),
      ),
    );
    merge.add(source('aler.xlsx', owners[ALER]));
    merge.add({
      file: 'enti.xlsx',
      inventories: [],
      scelte: [],
      entiAmbito: {
        names: [COMUNE_CREMONA, 'Comune di Sesto ed Uniti', COMUNE_CASTELVERDE, 'Comune di Spinadesco'],
        problems: [],
      },
    });
    const result = merge.result();
    expect(result.mancanti).toEqual(['Comune di Sesto ed Uniti', 'Comune di Spinadesco']);
    expect(result.enti.map((owner) => [owner.ente, owner.stato, owner.inElenco])).toEqual([
      [COMUNE_CREMONA, 'ricevuta', true],
      ['Comune di Sesto ed Uniti', 'mancante', true],
      [COMUNE_CASTELVERDE, 'in-ritardo', true],
      ['Comune di Spinadesco', 'mancante', true],
      [ALER, 'ricevuta', false],
    ]);
    expect(result.problems.map((problem) => [problem.severity, problem.message])).toEqual([
      [
        'avviso',
        "File «castelverde.xlsx», foglio «Scelte dell'ente», cella B3 (Data della comunicazione): la comunicazione di «Comune di Castelverde» è del 12/11/2021, oltre il termine del 31/10/2021 (R.R. 4/2017 art. 5 c. 1): è comunque compresa nel piano.",
      ],
      [
        'avviso',
        `«${ALER}» ha inviato alloggi o scelte ma non è nell'elenco degli enti dell'Ambito: controllate che il nome sia scritto come nell'elenco, o aggiungetelo all'elenco.`,
      ],
    ]);
    const plan = planFromMerge(result, params());
    expect(plan.entiMancanti).toEqual(['Comune di Sesto ed Uniti', 'Comune di Spinadesco']);
    expect(plan.note.map((note) => note.message)).toContain(
      'Comunicazioni mancanti (R.R. 4/2017 art. 5 c. 1, dovute anche in assenza di alloggi disponibili): Comune di Sesto ed Uniti, Comune di Spinadesco.',
    );
  });

  test("the capofila's value for an owner wins over the owner's sheet, and the plan says so", () => {
    const owners = byOwner();
    const result = merged(
      source(
        'cremona.xlsx',
        owners[COMUNE_CREMONA],
        scelte('cremona.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.1], ['satRichiesti', 5]),
      ),
    );
    const plan = planFromMerge(result, { ...params(), enti: { 'COMUNE DI CREMONA': { maggiorazione: 0.2 } } });
    expect(plan.gruppi[0].parametri).toMatchObject({ maggiorazione: 0.2, satRichiesti: 5 });
    expect(plan.note.map((note) => note.message)).toContain(
      "Comune di Cremona: Maggiorazione indigenza (solo alloggi comunali) 20 % come indicato nei parametri del piano, al posto di 10 % della comunicazione dell'ente (file «cremona.xlsx», foglio «Scelte dell'ente», cella B3).",
    );
  });

  test("each file's inventory problems are named with their file", () => {
    const merge = new Merge(YEAR);
    merge.add({
      file: 'castelverde.xlsx',
      inventories: [
        {
          sheet: 'Alloggi',
          units: [],
          issues: [
            {
              row: 4,
              cell: 'F4',
              severity: 'errore',
              message: 'Foglio «Alloggi», riga 4, cella F4 (Stato): manca lo stato.',
              messageEn: 'Sheet "Alloggi", row 4, cell F4 (Stato): status missing.',
            },
            {
              row: 0,
              severity: 'avviso',
              message: 'Nessuna colonna indica il servizio.',
              messageEn: 'No column gives the service.',
            },
          ],
        },
      ],
      scelte: [],
    });
    expect(merge.result().problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['castelverde.xlsx', 'File «castelverde.xlsx», foglio «Alloggi», riga 4, cella F4 (Stato): manca lo stato.'],
      ['castelverde.xlsx', 'File «castelverde.xlsx»: nessuna colonna indica il servizio.'],
    ]);
  });
});

describe('the "Comunicazioni" sheet', () => {
  test('lists every owner with the state of its communication, the missing ones in red', () => {
    const owners = byOwner();
    const merge = new Merge(YEAR);
    merge.add(
      source(
        'cremona.xlsx',
        owners[COMUNE_CREMONA],
        scelte('cremona.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.1], ['Data della comunicazione', '02/11/2021']),
      ),
    );
    merge.expect([COMUNE_CREMONA, 'Comune di Spinadesco']);
    const plan = planFromMerge(merge.result(), params());
    const layout = layoutOwnersSheet(plan, { listed: true });
    const rows = layout.cells.map((row) => row.map((cell) => cell?.value ?? null));
    const header = rows.findIndex((row) => row[0] === 'Ente proprietario');
    expect(rows.slice(header + 1)).toEqual([
      [COMUNE_CREMONA, 'Comune', 'in ritardo', '02/11/2021', owners[COMUNE_CREMONA].length, 'sì', 'cremona.xlsx'],
      ['Comune di Spinadesco', 'Comune', 'MANCANTE', null, null, null, ''],
    ]);
    expect(rows[2][0]).toBe('Comunicazioni ricevute: 1, di cui in ritardo: 1; mancanti: 1.');
    expect(layout.styles).toContainEqual({
      range: `A${header + 3}:G${header + 3}`,
      style: { bold: true, fontColor: '#C00000' },
    });
  });
});

describe('lett. g (assigned in the previous year) per owner, from its own communication', () => {
  const withDates = (assignmentDates?: boolean): CommunicationSource => ({
    file: 'cremona.xlsx',
    inventories: [
      {
        sheet: 'Alloggi',
        units: [
          unit({
            owner: COMUNE_CREMONA,
            comune: 'Cremona',
            status: 'occupato',
            assignedOn: { year: 2021, month: 3, day: 15 },
          }),
          unit({ owner: COMUNE_CREMONA, comune: 'Cremona' }),
        ],
        issues: [],
        ...(assignmentDates === undefined ? {} : { assignmentDates }),
      },
    ],
    scelte: [],
  });
  const withoutColumn: CommunicationSource = {
    file: 'castelverde.xlsx',
    inventories: [
      {
        sheet: 'Alloggi',
        units: [unit({ owner: COMUNE_CASTELVERDE, comune: 'Castelverde', status: 'occupato' })],
        issues: [],
        assignmentDates: false,
      },
    ],
    scelte: [],
  };
  const groupOf = (plan: ReturnType<typeof planFromMerge>, ente: string) =>
    plan.gruppi.find((group) => group.ente === ente)!;

  test.each([true, undefined])(
    'an owner whose file has no assignment dates is "not given", even when another file has them (column flag %s)',
    (flag) => {
      const plan = planFromMerge(merged(withDates(flag), withoutColumn), params());
      expect(groupOf(plan, COMUNE_CREMONA).assegnatiAnnoPrecedente).toBe(1);
      expect(groupOf(plan, COMUNE_CREMONA).fonteAssegnati).toBe('inventario');
      expect(groupOf(plan, COMUNE_CASTELVERDE).assegnatiAnnoPrecedente).toBeNull();
      expect(groupOf(plan, COMUNE_CASTELVERDE).fonteAssegnati).toBeNull();
      expect(plan.note.map((note) => note.message).join(' ')).toContain(
        'Alloggi assegnati nel 2021 (R.R. 4/2017 art. 4 c. 3 lett. g): non indicati per «Comune di Castelverde».',
      );
    },
  );

  test('a file with the column of assignment dates but none filled: 0 assigned, as the pane counts it', () => {
    const empty: CommunicationSource = {
      file: 'castelverde.xlsx',
      inventories: [{ ...withoutColumn.inventories[0], assignmentDates: true }],
      scelte: [],
    };
    const plan = planFromMerge(merged(empty), params());
    expect(groupOf(plan, COMUNE_CASTELVERDE).assegnatiAnnoPrecedente).toBe(0);
    expect(groupOf(plan, COMUNE_CASTELVERDE).fonteAssegnati).toBe('inventario');
    expect(plan.note.map((note) => note.message).join(' ')).not.toContain('non indicati');
  });
});
