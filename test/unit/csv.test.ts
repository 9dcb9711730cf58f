import { detectDelimiter, parseCsv } from '../../src/core/csv';

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
    ['unterminated quote runs to the end', 'a;b\n"aperta;x', [['a', 'b'], ['aperta;x']]],
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
