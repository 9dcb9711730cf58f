import { nodeUtf8 } from '../../src/cli/read';
import { CsvError, decodeCsvBytes, detectDelimiter, parseCsv } from '../../src/core/csv';

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    [
      'Italian semicolons',
      'Codice;Comune\nA-1;Cremona',
      [
        ['Codice', 'Comune'],
        ['A-1', 'Cremona'],
      ],
    ],
    [
      'commas',
      'Codice,Comune\nA-1,Cremona',
      [
        ['Codice', 'Comune'],
        ['A-1', 'Cremona'],
      ],
    ],
    [
      'tabs',
      'Codice\tComune\nA-1\tCremona',
      [
        ['Codice', 'Comune'],
        ['A-1', 'Cremona'],
      ],
    ],
    [
      'CRLF line ends',
      'a;b\r\n1;2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'lone CR line ends',
      'a;b\r1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'byte order mark stripped',
      '\uFEFFCodice;Comune\nA;B',
      [
        ['Codice', 'Comune'],
        ['A', 'B'],
      ],
    ],
    [
      'quoted delimiter',
      'a;b\n"Via Roma; 3";x',
      [
        ['a', 'b'],
        ['Via Roma; 3', 'x'],
      ],
    ],
    [
      'doubled quotes',
      'a;b\n"detto ""il Borgo""";x',
      [
        ['a', 'b'],
        ['detto "il Borgo"', 'x'],
      ],
    ],
    [
      'line break inside quotes',
      'a;b\n"riga 1\r\nriga 2";x',
      [
        ['a', 'b'],
        ['riga 1\r\nriga 2', 'x'],
      ],
    ],
    [
      'empty fields',
      'a;b;c\n;;\n1;;3',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
        ['1', '', '3'],
      ],
    ],
    [
      'trailing delimiter',
      'a;b;\n1;2;',
      [
        ['a', 'b', ''],
        ['1', '2', ''],
      ],
    ],
    ['blank line kept as a row', 'a;b\n\n1;2\n', [['a', 'b'], [''], ['1', '2']]],
    [
      'decimal commas are not delimiters',
      'Codice;Superficie\nA;45,5',
      [
        ['Codice', 'Superficie'],
        ['A', '45,5'],
      ],
    ],
    [
      'quoted empty field',
      'a;b\n"";x',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
    [
      'Excel\'s "sep=" line names the delimiter and is not a row',
      'sep=,\na,b;c\n1,2',
      [
        ['a', 'b;c'],
        ['1', '2'],
      ],
    ],
    ['empty text', '', []],
    ['only a BOM', '\uFEFF', []],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});

describe('detectDelimiter', () => {
  test.each<[string, string, string]>([
    ['semicolons win over a comma in a header', 'Codice;Superficie (mq, utile);Stato', ';'],
    ['commas', 'Codice,Comune,Stato', ','],
    ['tabs', 'Codice\tComune\tStato', '\t'],
    ['delimiters inside quotes do not count', '"Ente; proprietario",Comune,Stato', ','],
    ['only the header line counts', 'Codice,Comune\nA;B;C;D;E', ','],
    ['single column', 'Codice', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('broken quoting is reported with its row, never swallowed (issue #9)', () => {
  test.each<[string, string, CsvError['kind'], number, number]>([
    ['a quote never closed', 'a;b\n1;2\n"aperta;x\n3;4\n5;6', 'unterminated-quote', 3, 3],
    ['a quote closed rows later', 'a;b\n"Comune di Cremona;Cremona\n3;4\n5";6\n7;8', 'swallowed-rows', 2, 2],
  ])('%s', (_name, text, kind, row, line) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ kind, row, line, column: 0 });
  });
});

describe('decodeCsvBytes: the encoding a CSV was saved in', () => {
  const text = 'Codice;Data disponibilità;Comune\nA-1;01/03/2022;Città';
  const utf16 = (value: string, bigEndian: boolean): Uint8Array => {
    const bytes = Buffer.from(value, 'utf16le');
    if (bigEndian) for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
    return bytes;
  };
  test.each<[string, Uint8Array, string]>([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['Windows-1252 (Excel "CSV")', Buffer.from(text, 'latin1'), 'windows-1252'],
    [
      'UTF-16 LE with BOM (Excel "Testo Unicode")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]),
      'utf-16le',
    ],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(text, false), 'utf-16le'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(parseCsv(decoded.text)[0][1]).toBe('Data disponibilità');
    expect(parseCsv(decoded.text)[1][2]).toBe('Città');
  });

  test('bytes that are not text are refused', () => {
    expect(() => decodeCsvBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(
      CsvError,
    );
  });
});

describe("decodeCsvBytes with the command line's UTF-8 decoder (Node's Buffer): the same text, encoding and errors", () => {
  const text = 'Codice;Data disponibilità;Comune\nA-1;01/03/2022;Città 🏠';
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const outcome = (bytes: Uint8Array, fast: boolean): unknown => {
    try {
      return decodeCsvBytes(bytes, fast ? nodeUtf8 : undefined);
    } catch (error) {
      return { error: (error as Error).name, ...(error as object) };
    }
  };
  test.each<[string, Uint8Array, string | undefined]>([
    ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([bom, Buffer.from(text, 'utf8')]), 'utf-8'],
    [
      'UTF-8 with two BOMs (TextDecoder takes the second away too)',
      Buffer.concat([bom, bom, Buffer.from(text)]),
      'utf-8',
    ],
    ['only a BOM', bom, 'utf-8'],
    ['UTF-8 with BOM, then bytes that are not UTF-8', Buffer.concat([bom, Buffer.from(text, 'latin1')]), 'utf-8'],
    ['Windows-1252 (Excel "CSV")', Buffer.from(text.replace(' 🏠', ''), 'latin1'), 'windows-1252'],
    ['a UTF-8 sequence cut short at the end', Buffer.from(text, 'utf8').subarray(0, -1), 'windows-1252'],
    ['encoded surrogates (CESU-8)', Buffer.from([0x41, 0x3b, 0xed, 0xa0, 0x80, 0x0a]), 'windows-1252'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), undefined],
    ['UTF-8 text with a NUL byte', Buffer.from('A;B\nC;\u0000D\n', 'utf8'), undefined],
  ])('%s', (_name, bytes, encoding) => {
    const fast = outcome(bytes, true);
    expect(fast).toEqual(outcome(bytes, false));
    if (encoding === undefined) expect(fast).toMatchObject({ error: 'CsvError', kind: 'binary' });
    else expect(fast).toMatchObject({ encoding });
  });

  test('valid UTF-8 gives the text; anything else, undefined', () => {
    expect(nodeUtf8(Buffer.from(text, 'utf8'))).toBe(text);
    expect(nodeUtf8(new Uint8Array(0))).toBe('');
    expect(nodeUtf8(Buffer.from(text, 'latin1'))).toBeUndefined();
    // A view into a larger buffer: only its own bytes.
    const whole = Buffer.from(`xx${text}yy`, 'utf8');
    expect(nodeUtf8(new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4))).toBe(text);
  });
});
