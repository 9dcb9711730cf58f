/**
 * The per-group counts kept while the inventory is read (plan/tally.ts) give, for any plan year,
 * what the plan counts dwelling by dwelling (countUnit: stock, available by source, the three
 * years, assigned in the previous year), also after dwellings are taken back out (the merge).
 */
import { countUnit, countsOf, emptyGroupCounts, type GroupCounts } from '../../src/core/plan/plan';
import { ownerKey } from '../../src/core/plan/params';
import { createTally, tallyOf } from '../../src/core/plan/tally';
import type { Unit, UnitStatus } from '../../src/core/types';
import { cremonaUnits } from '../helpers/plan-units';

/** The sample's dwellings with dates over several years, assignment dates and every status. */
function varied(): Unit[] {
  const statuses: UnitStatus[] = [
    'libero',
    'occupato',
    'turnover',
    'ristrutturazione',
    'nuova-costruzione',
    'carenza-manutentiva',
  ];
  return cremonaUnits().flatMap((unit, index) =>
    [0, 1, 2].map((copy) => {
      const n = index * 3 + copy;
      const dwelling: Unit = { ...unit, row: n + 2, code: `V-${n}`, status: statuses[n % statuses.length] };
      if (n % 4 !== 0) dwelling.availableFrom = { year: 2019 + (n % 9), month: 1 + (n % 12), day: 1 + (n % 28) };
      else delete dwelling.availableFrom;
      if (n % 3 === 0) dwelling.assignedOn = { year: 2018 + (n % 8), month: 6, day: 1 };
      if (n % 11 === 0) dwelling.service = 'SAS';
      return dwelling;
    }),
  );
}

function byDwelling(units: readonly Unit[], year: number): Map<string, GroupCounts> {
  const groups = new Map<string, GroupCounts>();
  for (const unit of units) {
    const key = `${ownerKey(unit.owner)}\u0000${ownerKey(unit.comune)}`;
    let counts = groups.get(key);
    if (!counts) groups.set(key, (counts = emptyGroupCounts()));
    countUnit(counts, unit, year);
  }
  return groups;
}

function byTally(units: readonly Unit[], year: number, remove: readonly Unit[] = []): Map<string, GroupCounts> {
  const tally = createTally();
  for (const unit of units) tally.add(unit);
  for (const unit of remove) tally.remove(unit);
  const counted = tally.result();
  return new Map(
    counted.groups.map((group) => [`${ownerKey(group.ente)}\u0000${ownerKey(group.comune)}`, countsOf(group, year)]),
  );
}

describe('per-group counts by year (tally.ts) against countUnit dwelling by dwelling', () => {
  const units = varied();

  test.each([2018, 2020, 2022, 2023, 2025, 2027, 2030])('plan year %i: the same counts for every group', (year) => {
    const expected = byDwelling(units, year);
    expect(byTally(units, year)).toEqual(expected);
    // Something is counted in each of the three years and in the previous year, so that the check can fail.
    const totals = [...expected.values()];
    if (year >= 2020 && year <= 2025) {
      expect(totals.some((counts) => counts.triennio[2] > 0)).toBe(true);
      expect(totals.some((counts) => counts.assegnatiAnnoPrecedente > 0)).toBe(true);
    }
  });

  test('dwellings taken back out (a conflict in the merge) count as if never added', () => {
    const removed = units.filter((_, index) => index % 5 === 0);
    const kept = units.filter((_, index) => index % 5 !== 0);
    for (const year of [2022, 2027]) expect(byTally(units, year, removed)).toEqual(byDwelling(kept, year));
    expect(tallyOf(kept).undated).toEqual(
      (() => {
        const tally = createTally();
        for (const unit of units) tally.add(unit);
        for (const unit of removed) tally.remove(unit);
        return tally.result().undated;
      })(),
    );
  });

  test('assignment dates are noticed (lett. g known from the inventory)', () => {
    expect(tallyOf(units).assignmentDates).toBe(true);
    expect(
      tallyOf(
        cremonaUnits().map((unit) => {
          const copy = { ...unit };
          delete copy.assignedOn;
          return copy;
        }),
      ).assignmentDates,
    ).toBe(false);
  });

  test('spellings of one group met in turns are one group, named by the first spelling', () => {
    // The tally finds a group by owner and comune as written, then by their key: both ways agree.
    const base = cremonaUnits()[0];
    const spellings = [
      { owner: 'Comune di Cremona', comune: 'Cremona' },
      { owner: 'comune di  cremona ', comune: 'CREMONA' },
      { owner: 'ALER Brescia-Cremona-Mantova', comune: 'Cremona' },
    ];
    const mixed: Unit[] = [];
    for (let i = 0; i < 30; i++) mixed.push({ ...base, row: i + 2, code: `M-${i}`, ...spellings[(i * 7) % 3] });
    const tally = tallyOf(mixed);
    expect(tally.groups.map((group) => [group.ente, group.comune, group.count])).toEqual([
      ['Comune di Cremona', 'Cremona', 20],
      ['ALER Brescia-Cremona-Mantova', 'Cremona', 10],
    ]);
    expect(tally.owners).toEqual(['Comune di Cremona', 'comune di  cremona', 'ALER Brescia-Cremona-Mantova']);
  });
});
