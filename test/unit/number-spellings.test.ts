/**
 * One number parser (issue #9 item 3): the same spelling means the same number in every place a
 * user types one: the command line's --param, the pane's fields, the custom functions' text
 * arguments and the inventory's cells. Before, "--param indigenza=0.125" was refused as "più del
 * 100 %" (read as 125) while the inventory read the same text as 0.125.
 */
import { applyParam } from '../../src/cli/args';
import { parseNumberText, readPercent } from '../../src/core/numbers';
import { toNumber } from '../../src/core/inventory/values';
import { defaultParams } from '../../src/core/plan/params';
import { optionalPercent } from '../../src/functions/args';
import { formToParams, paramsToForm, type ParamForm } from '../../src/taskpane/hooks/paramForm';

/** Every spelling of twelve and a half per cent a user may type. */
const TWELVE_AND_A_HALF = ['0.125', '0,125', '12,5%', '12.5 %', '12,5 %', '12.5%', ' 0,125 ', '12,5\u00a0%'];

const cli = (text: string): number => applyParam(defaultParams(2022), `maggiorazione=${text}`).maggiorazione;
const pane = (text: string): number | undefined => {
  const base = paramsToForm(defaultParams(2022), 'it');
  const form: ParamForm = { ...base, texts: { ...base.texts, maggiorazione: text } };
  return formToParams(form, 2022).params?.maggiorazione;
};
const customFunction = (text: string): number => optionalPercent(text, 'maggiorazione', 0);

describe.each<[string, (text: string) => number | undefined]>([
  ['the command line (--param)', cli],
  ['the pane', pane],
  ['a custom function', customFunction],
  ['the core reader', (text) => (readPercent(text) as { value: number }).value],
])('%s reads every spelling of 12.5 % as 0.125', (_place, read) => {
  test.each(TWELVE_AND_A_HALF)('%p', (text) => {
    expect(read(text)).toBe(0.125);
  });
});

describe('the inventory reads the same decimals (surfaces, costs)', () => {
  test.each<[string, number]>([
    ['0.125', 0.125],
    ['0,125', 0.125],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['€ 8.000', 8000],
  ])('%p', (text, expected) => {
    expect(toNumber(text)).toBe(expected);
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe('what stays refused everywhere', () => {
  test.each(['dieci', '12abc', '1,2,3', '3 4', '1,234.5', '', '%'])('%p is not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  test('30 without a percent sign is 3000 % on the command line and in functions, 30 % in the pane', () => {
    expect(() => cli('30')).toThrow('più del 100 %');
    expect(() => customFunction('30')).toThrow();
    expect(pane('30')).toBe(0.3);
  });

  test('a share below one point survives the pane round trip (0.5 % is shown as "0,5 %", not "0,5")', () => {
    const params = { ...defaultParams(2022), maggiorazione: 0.005 };
    const form = paramsToForm(params, 'it');
    expect(form.texts.maggiorazione).toBe('0,5 %');
    expect(formToParams(form, 2022).params?.maggiorazione).toBe(0.005);
  });

  test('--anno abc says that a year is expected', () => {
    expect(() => applyParam(defaultParams(2022), 'anno=abc')).toThrow("serve l'anno del piano");
  });
});
