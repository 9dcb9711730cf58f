/**
 * Cell text as Excel shows it for the common number formats the add-in and the sample use:
 * General, '0', '0.0', '#,##0', '0%', '0.0%', '@', dates ('dd/mm/yyyy', 'd/m/yy',
 * 'yyyy-mm-dd'), in the display language's separators (Italian: 0,25 and 1.234). Pure.
 */
import { type Scalar, isError } from './formula';

export type Language = 'it' | 'en';

interface Separators {
  decimal: string;
  thousands: string;
}

const SEPARATORS: Record<Language, Separators> = {
  it: { decimal: ',', thousands: '.' },
  en: { decimal: '.', thousands: ',' },
};

function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function fixed(value: number, decimals: number, grouping: boolean, language: Language): string {
  const { decimal, thousands } = SEPARATORS[language];
  const text = Math.abs(value).toFixed(decimals);
  const [integer, fraction] = text.split('.');
  const sign = value < 0 && Number(text) !== 0 ? '-' : '';
  const whole = grouping ? groupThousands(integer, thousands) : integer;
  return `${sign}${whole}${fraction ? decimal + fraction : ''}`;
}

/** Excel's General format: up to 11 characters, fewer decimals rather than more. */
function general(value: number, language: Language): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  let text: string;
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    text = value
      .toExponential(5)
      .replace(/\.?0+e/, 'E')
      .replace('E+', 'E+');
  } else {
    const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(abs, 1))) + 1);
    const decimals = Math.max(0, 10 - integerDigits);
    text = String(Number(value.toFixed(decimals)));
  }
  return text.replace('.', SEPARATORS[language].decimal);
}

/** Serial number (1900 date system) to a UTC date. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function date(serial: number, format: string): string {
  const d = serialToDate(serial);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'yy':
        return pad(d.getUTCFullYear() % 100);
      case 'mm':
        return pad(d.getUTCMonth() + 1);
      case 'm':
        return String(d.getUTCMonth() + 1);
      case 'dd':
        return pad(d.getUTCDate());
      case 'd':
        return String(d.getUTCDate());
      case 'hh':
        return pad(d.getUTCHours());
      case 'h':
        return String(d.getUTCHours());
      case 'ss':
        return pad(d.getUTCSeconds());
      case 's':
        return String(d.getUTCSeconds());
      default:
        return token;
    }
  });
}

const isDateFormat = (format: string): boolean => /^[dmy\s/.\-:hs]+$/i.test(format) && /[dy]/i.test(format);

/** The text of a cell value under `numberFormat`. */
export function formatValue(value: Scalar, numberFormat: string, language: Language): string {
  if (value === null) return '';
  if (isError(value)) return value.error;
  if (typeof value === 'boolean') return language === 'it' ? (value ? 'VERO' : 'FALSO') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat
    .split(';')[0]
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\/g, '')
    .trim();
  if (format === '' || format.toLowerCase() === 'general' || format === '@') return general(value, language);
  const percent = /^(#,##)?0(\.(0+))?%$/.exec(format);
  if (percent) return `${fixed(value * 100, percent[3]?.length ?? 0, false, language)}%`;
  const number = /^(#,##)?0(\.(0+))?$/.exec(format);
  if (number) return fixed(value, number[3]?.length ?? 0, Boolean(number[1]), language);
  if (isDateFormat(format)) return date(value, format);
  return general(value, language);
}
