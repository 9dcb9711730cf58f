import { firstDifference } from '../../bench/same-plan';

describe("bench/same-plan.ts: what counts as the same plan's output", () => {
  test('a field only the new output has is an addition, listed; a changed value is the difference', () => {
    const added: string[] = [];
    const old = { parametri: { indigenza: 20 }, gruppi: [{ disponibili: 5 }] };
    expect(
      firstDifference(old, { parametri: { indigenza: 20, poliziaLocale: 0 }, gruppi: [{ disponibili: 5 }] }, added),
    ).toBe(undefined);
    expect(added).toEqual(['$.parametri.poliziaLocale']);
    expect(firstDifference(old, { parametri: { indigenza: 20 }, gruppi: [{ disponibili: 6 }] }, [])).toBe(
      '$.gruppi.0.disponibili',
    );
  });

  test('a field the new output lost, or an array with one more element, is a difference', () => {
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 }, [])).toBe('$.b');
    expect(firstDifference({ righe: [1, 2] }, { righe: [1, 2, 3] }, [])).toBe('$.righe.2');
    expect(firstDifference({ a: [1] }, { a: { 0: 1 } }, [])).toBe('$.a');
  });
});
