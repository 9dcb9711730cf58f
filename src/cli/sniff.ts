/**
 * What a file really is, from its first bytes, whatever its extension says: an .xlsx named .csv
 * (or the reverse), a password-protected workbook, an old .xls, a PDF, a web page saved as .xls.
 */
import * as fs from './fs-async';

export type FileKind =
  | 'empty'
  /** A ZIP archive: an .xlsx, or an .ods, .docx, any archive (told apart when opened). */
  | 'zip'
  /** A password-protected (encrypted) Office document: an OLE container with an EncryptedPackage. */
  | 'encrypted'
  /** Any other OLE container: Excel 97-2003 (.xls), Word 97-2003... */
  | 'ole'
  | 'pdf'
  | 'html'
  /** Excel 2003's "XML Spreadsheet". */
  | 'xml-spreadsheet'
  /** Images, archives and executables that are neither text nor a workbook. */
  | 'binary'
  /** Anything else: read as text (CSV), where decoding decides whether it really is text. */
  | 'text';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const BINARY_SIGNATURES: readonly Buffer[] = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('GIF8'),
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from('7z\xbc\xaf', 'latin1'),
  Buffer.from('Rar!'),
  Buffer.from('MZ'), // Windows executable
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
];

const startsWith = (bytes: Buffer, signature: Buffer): boolean =>
  bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);

/** Looks at the first bytes (and, for an OLE container, at its directory) of a file. */
export async function sniffFile(file: string): Promise<FileKind> {
  const fd = await fs.open(file, 'r');
  try {
    const { size } = await fs.fstat(fd);
    if (size === 0) return 'empty';
    const head = Buffer.alloc(Math.min(size, 4096));
    await fs.read(fd, head, 0, head.length, 0);
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
    if (startsWith(head, OLE)) {
      // The stream names sit in the container's directory; a protected workbook is small enough
      // to search whole, a large one is searched in its first and last megabytes.
      const window = 1024 * 1024;
      const parts: Buffer[] = [];
      for (const [start, length] of size <= 2 * window
        ? [[0, size]]
        : [
            [0, window],
            [size - window, window],
          ]) {
        const part = Buffer.alloc(length);
        await fs.read(fd, part, 0, length, start);
        parts.push(part);
      }
      return parts.some((part) => part.includes(ENCRYPTED_PACKAGE)) ? 'encrypted' : 'ole';
    }
    if (startsWith(head, Buffer.from('%PDF'))) return 'pdf';
    if (BINARY_SIGNATURES.some((signature) => startsWith(head, signature))) return 'binary';
    const start = head
      .toString('latin1', 0, 512)
      .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
      .trimStart()
      .toLowerCase();
    if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
    if (start.startsWith('<?xml') && head.toString('latin1').includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return 'xml-spreadsheet';
    }
    return 'text';
  } finally {
    await fs.close(fd);
  }
}
