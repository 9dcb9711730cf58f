/**
 * The "Comunicazioni" sheet written next to a merged plan: every owner of the Ambito (listed or
 * seen), the state of its communication (received, late, missing), the date, the dwellings
 * counted, whether its choices apply, and the files or sheets it came from. Pure.
 */
import { rangeAddress } from '../address';
import { formatDate } from '../inventory/values';
import {
  COUNT_FORMAT,
  SheetBuilder,
  STYLE,
  TEXT_FORMAT,
  heightFor,
  number,
  text,
  wrappedLines,
} from '../sheet/builder';
import type { SheetLanguage } from '../sheet/strings';
import type { SheetLayout } from '../sheet/types';
import { COMMUNICATION_DEADLINE } from '../rules';
import { communicationDeadline, type CommunicationStatus } from './merge';
import type { MergedPlan } from './plan';

const STRINGS = {
  it: {
    sheetName: 'Comunicazioni',
    title: (anno: number) => `Comunicazioni degli enti proprietari - Piano ${anno}`,
    deadline: (date: string) =>
      `Termine: ${date} (${COMMUNICATION_DEADLINE.reference}); la comunicazione è dovuta anche in assenza di alloggi disponibili.`,
    noList:
      'Nessun elenco degli enti dell’Ambito: sono elencati gli enti che hanno inviato una comunicazione. Indicate l’elenco (foglio «Enti dell’Ambito») per sapere chi manca.',
    headers: ['Ente proprietario', 'Tipo', 'Stato', 'Data', 'Alloggi', 'Scelte proprie', 'File o fogli'],
    kind: { comune: 'Comune', aler: 'ALER' },
    status: { ricevuta: 'ricevuta', 'in-ritardo': 'in ritardo', mancante: 'MANCANTE' } as Record<
      CommunicationStatus,
      string
    >,
    yes: 'sì',
    no: 'no',
    notListed: ' (non in elenco)',
    summary: (received: number, late: number, missing: number) =>
      `Comunicazioni ricevute: ${received}, di cui in ritardo: ${late}; mancanti: ${missing}.`,
  },
  en: {
    sheetName: 'Communications',
    title: (anno: number) => `Owners' communications - Plan ${anno}`,
    deadline: (date: string) =>
      `Deadline: ${date} (${COMMUNICATION_DEADLINE.reference}); the communication is due even when no dwelling is available.`,
    noList:
      'No list of the Ambito’s owners: the owners that sent a communication are listed. Give the list ("Enti dell’Ambito" sheet) to see who is missing.',
    headers: ['Owner', 'Kind', 'State', 'Date', 'Dwellings', 'Own choices', 'Files or sheets'],
    kind: { comune: 'Comune', aler: 'ALER' },
    status: { ricevuta: 'received', 'in-ritardo': 'late', mancante: 'MISSING' } as Record<CommunicationStatus, string>,
    yes: 'yes',
    no: 'no',
    notListed: ' (not listed)',
    summary: (received: number, late: number, missing: number) =>
      `Communications received: ${received}, late: ${late}; missing: ${missing}.`,
  },
};

/** The owners and their communications, as a sheet. `listed`: whether the Ambito's list was given. */
export function layoutOwnersSheet(
  plan: MergedPlan,
  options: { language?: SheetLanguage; listed?: boolean } = {},
): SheetLayout {
  const language = options.language ?? 'it';
  const strings = STRINGS[language];
  const widths = [34, 10, 14, 12, 10, 10, 44];
  const sheet = new SheetBuilder(widths.length, widths, '');
  const last = widths.length - 1;
  const title = sheet.addRow([text(strings.title(plan.anno))]);
  sheet.merge(title, 0, last);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  sheet.addTextRow(strings.deadline(formatDate(communicationDeadline(plan.anno))), STYLE.generated);
  const received = plan.enti.filter((owner) => owner.stato !== 'mancante').length;
  const late = plan.enti.filter((owner) => owner.stato === 'in-ritardo').length;
  sheet.addTextRow(strings.summary(received, late, plan.entiMancanti.length), STYLE.subtitle);
  if (options.listed === false) sheet.addTextRow(strings.noList, { italic: true });
  sheet.addRow();
  const header = sheet.addTableHeader(strings.headers);
  for (const owner of plan.enti) {
    const row = sheet.addRow([
      text(owner.ente + (options.listed && !owner.inElenco ? strings.notListed : '')),
      text(strings.kind[owner.tipoEnte]),
      text(strings.status[owner.stato]),
      owner.dataComunicazione ? text(formatDate(owner.dataComunicazione)) : null,
      owner.stato === 'mancante' ? null : number(owner.alloggi),
      owner.stato === 'mancante' ? null : text(owner.scelte ? strings.yes : strings.no),
      text(owner.fonti.join(', ')),
    ]);
    const files = owner.fonti.join(', ');
    sheet.height(row, heightFor(Math.max(wrappedLines(files, widths[last]), wrappedLines(owner.ente, widths[0]))));
    if (owner.stato === 'mancante') sheet.style(sheet.wholeRow(row), { bold: true, fontColor: '#C00000' });
    else if (owner.stato === 'in-ritardo') sheet.style(rangeAddress(row, 2, row, 3), { fontColor: '#C55A11' });
  }
  const lastRow = sheet.rows.length;
  if (lastRow > header) {
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.style(rangeAddress(header + 1, 0, lastRow, 0), { wrapText: true });
    sheet.style(rangeAddress(header + 1, last, lastRow, last), { wrapText: true });
    sheet.style(rangeAddress(header + 1, 1, lastRow, 5), { horizontalAlignment: 'center' });
    sheet.format(rangeAddress(header + 1, 0, lastRow, 3), TEXT_FORMAT);
    sheet.format(rangeAddress(header + 1, 4, lastRow, 4), COUNT_FORMAT);
  }
  return sheet.toLayout(strings.sheetName, { titleRows: 0, orientation: 'landscape' });
}
