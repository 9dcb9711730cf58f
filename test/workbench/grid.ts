/**
 * The workbench page around the real task pane: the pane in a 360 px column on the left; on the
 * right a ribbon (the manifest's buttons), a Name Box and a formula bar, the grid of the active
 * worksheet as the add-in left it (values, formulas computed, bold, fills, fonts, alignment,
 * borders, merges, column widths, row heights, number formats, frozen panes) and the sheet
 * tabs. Plain DOM; refreshed after every sync of the simulated host.
 */
import { type Rect, box, columnLetters, formatRect, parseAddress } from '../sim/address';
import type { SimHost } from '../sim/host';
import type { BorderModel, CellModel, SheetModel } from '../sim/model';
import { EMPTY_CELL } from '../sim/model';
import type { WorkbookEngine } from './engine';
import { FormulaSyntaxError, type Scalar, isError } from './formula';
import { type Language, formatValue } from './format';
import type { ManifestInfo, RibbonControl } from './manifest';
import type { WorkbenchStrings } from './strings';

export interface WorkbenchOptions {
  sim: SimHost;
  engine: WorkbookEngine;
  language: Language;
  strings: WorkbenchStrings;
  manifest: ManifestInfo;
  /** The task pane's width in pixels (default 360). */
  paneWidth?: number;
  /** The pane column's background, as Office paints it for its theme (default white). */
  paneBackground?: string;
}

export interface WorkbenchView {
  /** Redraws tabs, grid and formula bar from the model. */
  refresh(): void;
  /** Replaces the ribbon's buttons (once the manifest is read). */
  setManifest(manifest: ManifestInfo): void;
  /** Shows or hides the task pane column (Office.addin.showAsTaskpane / hide). */
  showPane(visible: boolean): void;
  /** A line in the status bar. */
  status(text: string, tone?: 'info' | 'error'): void;
}

const PANE_WIDTH = 360;
const HEADER_HEIGHT = 20;
const ROW_HEADER_WIDTH = 44;
/** Rows and columns shown beyond the used range, so that there is room to type. */
const MARGIN_ROWS = 6;
const MARGIN_COLUMNS = 3;
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
const px = (points: number): number => Math.round((points * 4) / 3);

const CSS = `
.wb-shell { display: flex; height: 100vh; font-family: 'Segoe UI', system-ui, -apple-system, sans-serif; color: #323130; }
.wb-pane { width: var(--wb-pane-width, ${PANE_WIDTH}px); flex: none; overflow: auto; border-right: 1px solid #c8c6c4; background: var(--wb-pane-background, #fff); box-sizing: border-box; }
.wb-pane[hidden] { display: none; }
.wb-excel { flex: 1; min-width: 0; display: flex; flex-direction: column; background: #f3f2f1; }
.wb-header { background: #217346; color: #fff; padding: 6px 12px; display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
.wb-title { font-weight: 600; font-size: 14px; margin: 0; }
.wb-subtitle { font-size: 11px; opacity: 0.9; }
.wb-ribbon { display: flex; align-items: stretch; gap: 8px; background: #fff; border-bottom: 1px solid #d2d0ce; padding: 6px 12px; }
.wb-group { display: flex; flex-direction: column; align-items: center; gap: 2px; padding-right: 10px; border-right: 1px solid #e1dfdd; }
.wb-group-buttons { display: flex; gap: 4px; }
.wb-group-label { font-size: 11px; color: #605e5c; }
.wb-ribbon button { font: inherit; font-size: 12px; padding: 4px 10px; border: 1px solid #c8c6c4; background: #fff; border-radius: 2px; cursor: pointer; }
.wb-ribbon button:hover { background: #f3f2f1; }
.wb-ribbon button:focus-visible, .wb-tabs button:focus-visible { outline: 2px solid #217346; }
.wb-formula-row { display: flex; gap: 6px; padding: 4px 8px; background: #fff; border-bottom: 1px solid #d2d0ce; align-items: center; }
.wb-formula-row input { font: 13px Calibri, Carlito, 'Segoe UI', sans-serif; border: 1px solid #c8c6c4; padding: 2px 4px; }
.wb-namebox { width: 96px; }
.wb-fx { font-style: italic; color: #605e5c; font-family: serif; }
.wb-formula { flex: 1; min-width: 0; }
.wb-grid-scroll { flex: 1; overflow: auto; background: #fff; outline: none; }
.wb-grid-scroll:focus-visible { box-shadow: inset 0 0 0 2px #a4d4b4; }
table.wb-grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-family: Calibri, Carlito, 'DejaVu Sans Condensed', 'Liberation Sans Narrow', Arial, sans-serif; font-size: 11pt; }
.wb-grid th { background: #f3f2f1; color: #605e5c; font: 11px 'Segoe UI', system-ui, sans-serif; border-right: 1px solid #d4d4d4; border-bottom: 1px solid #d4d4d4; position: sticky; z-index: 2; padding: 0; user-select: none; }
.wb-grid thead th { top: 0; height: ${HEADER_HEIGHT - 1}px; text-align: center; }
.wb-grid tbody th { left: 0; text-align: right; padding-right: 4px; }
.wb-grid thead th.wb-corner { left: 0; z-index: 4; }
.wb-grid th.wb-hl { background: #d2e6d9; color: #217346; font-weight: 600; }
.wb-grid td { padding: 0; border-right: 1px solid #e6e6e6; border-bottom: 1px solid #e6e6e6; box-sizing: border-box; cursor: cell; }
.wb-c { display: flex; padding: 0 3px; white-space: nowrap; overflow: hidden; box-sizing: border-box; line-height: 1.2; }
.wb-c > span { min-width: 0; }
.wb-c.wb-overflow { overflow: visible; }
.wb-c.wb-wrap { white-space: normal; }
.wb-c.wb-wrap > span { overflow-wrap: anywhere; }
.wb-grid td.wb-sel { background-image: linear-gradient(rgba(33, 115, 70, 0.13), rgba(33, 115, 70, 0.13)); }
.wb-grid td.wb-active { outline: 2px solid #217346; outline-offset: -2px; }
.wb-formula-shown { color: #8a8886; font-style: italic; }
.wb-spilled { color: #3b3a39; }
.wb-tabs { display: flex; gap: 2px; background: #f3f2f1; border-top: 1px solid #d2d0ce; padding: 0 8px; overflow-x: auto; flex: none; }
.wb-tabs button { border: none; background: transparent; padding: 5px 14px; font: 12px 'Segoe UI', system-ui, sans-serif; cursor: pointer; border-bottom: 3px solid transparent; white-space: nowrap; }
.wb-tabs button[aria-selected='true'] { background: #fff; color: #217346; font-weight: 600; border-bottom-color: #217346; }
.wb-status { font-size: 12px; padding: 3px 8px; background: #217346; color: #fff; min-height: 16px; flex: none; }
.wb-status.wb-error { background: #a4262c; }
`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function borderCss(border: BorderModel | undefined): string | undefined {
  if (!border || border.style === 'None') return undefined;
  const width = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 }[border.weight] ?? 1;
  const style =
    border.style === 'Double'
      ? 'double'
      : /dash/i.test(border.style)
        ? 'dashed'
        : /dot/i.test(border.style) || border.weight === 'Hairline'
          ? 'dotted'
          : 'solid';
  return `${border.style === 'Double' ? 3 : width}px ${style} ${border.color}`;
}

const borderWidth = (css: string | undefined): number => (css ? Number.parseInt(css, 10) : 1);

/** Table style TableStyleMedium2 as Excel draws it, where the cell has no fill of its own. */
interface TableLook {
  fill?: string;
  color?: string;
  bold?: boolean;
}

function tableLook(
  sheet: SheetModel,
  tables: Array<{ sheet: SheetModel; rect: Rect; showHeaders: boolean }>,
  r: number,
  c: number,
): TableLook {
  for (const table of tables) {
    const { rect } = table;
    if (table.sheet !== sheet || r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
    if (r === rect.r0 && table.showHeaders) return { fill: '#4472C4', color: '#FFFFFF', bold: true };
    return (r - rect.r0) % 2 === 1 ? { fill: '#D9E1F2' } : {};
  }
  return {};
}

export function mountWorkbench(doc: Document, options: WorkbenchOptions): WorkbenchView {
  const { sim, engine, language, strings } = options;
  const model = sim.workbook.model;

  const style = element(doc, 'style', {}, CSS);
  doc.head.appendChild(style);

  // ---- layout: the pane on the left, Excel on the right ----
  const shell = element(doc, 'div', { class: 'wb-shell' });
  // In Excel the pane is a page of its own (an iframe), whose <main> is a top-level landmark: here
  // its column is a named group, not a landmark, so that the pane's page keeps that structure.
  const pane = element(doc, 'div', { class: 'wb-pane', role: 'group', 'aria-label': strings.taskPane });
  if (options.paneWidth) pane.style.setProperty('--wb-pane-width', `${options.paneWidth}px`);
  if (options.paneBackground) pane.style.setProperty('--wb-pane-background', options.paneBackground);
  const existingRoot = doc.getElementById('root');
  pane.appendChild(existingRoot ?? element(doc, 'div', { id: 'root' }));
  const excel = element(doc, 'section', { class: 'wb-excel', 'aria-label': strings.workbook });

  const header = element(doc, 'header', { class: 'wb-header' });
  header.append(
    element(doc, 'h1', { class: 'wb-title' }, strings.title),
    element(doc, 'span', { class: 'wb-subtitle' }, strings.subtitle),
  );
  const ribbon = element(doc, 'div', { class: 'wb-ribbon', role: 'toolbar', 'aria-label': strings.ribbon });

  const formulaRow = element(doc, 'div', { class: 'wb-formula-row' });
  const nameBox = element(doc, 'input', { class: 'wb-namebox', 'aria-label': strings.nameBox, spellcheck: 'false' });
  const formulaBar = element(doc, 'input', {
    class: 'wb-formula',
    'aria-label': strings.formulaBar,
    spellcheck: 'false',
  });
  formulaRow.append(nameBox, element(doc, 'span', { class: 'wb-fx', 'aria-hidden': 'true' }, 'fx'), formulaBar);

  const scroller = element(doc, 'div', { class: 'wb-grid-scroll', tabindex: '0' });
  const tabs = element(doc, 'div', { class: 'wb-tabs', role: 'tablist', 'aria-label': strings.sheets });
  const statusBar = element(doc, 'div', { class: 'wb-status', role: 'status', 'aria-live': 'polite' });

  excel.append(header, ribbon, formulaRow, scroller, tabs, statusBar);
  shell.append(pane, excel);
  doc.body.appendChild(shell);

  // ---- state ----
  /** The active cell of each sheet (Excel keeps one per sheet); the selection's top-left by default. */
  const activeCells = new WeakMap<SheetModel, { r: number; c: number; selection: Rect }>();
  let editing = false;
  let lastSync = -1;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const activeSheet = (): SheetModel => model.active ?? model.sheets[0];

  const activeCell = (sheet: SheetModel): { r: number; c: number } => {
    const known = activeCells.get(sheet);
    const selection = sheet.selection;
    if (known && known.selection === selection) return known;
    const fresh = { r: selection.r0, c: selection.c0, selection };
    activeCells.set(sheet, fresh);
    return fresh;
  };

  function status(text: string, tone: 'info' | 'error' = 'info'): void {
    statusBar.textContent = text;
    statusBar.classList.toggle('wb-error', tone === 'error');
  }

  function select(sheet: SheetModel, rect: Rect, active?: { r: number; c: number }): void {
    sheet.selection = rect;
    activeCells.set(sheet, { r: active?.r ?? rect.r0, c: active?.c ?? rect.c0, selection: rect });
    editing = false;
    render();
  }

  // ---- ribbon ----
  function setManifest(manifest: ManifestInfo): void {
    ribbon.replaceChildren();
    const group = element(doc, 'div', { class: 'wb-group', role: 'group', 'aria-label': manifest.groupLabel });
    const buttons = element(doc, 'div', { class: 'wb-group-buttons' });
    for (const control of manifest.controls) {
      const button = element(
        doc,
        'button',
        { type: 'button', ...(control.tooltip ? { title: control.tooltip } : {}) },
        control.label,
      );
      button.addEventListener('click', () => void runControl(control));
      buttons.appendChild(button);
    }
    group.append(
      buttons,
      element(doc, 'span', { class: 'wb-group-label', 'aria-hidden': 'true' }, manifest.groupLabel),
    );
    ribbon.appendChild(group);
  }

  async function runControl(control: RibbonControl): Promise<void> {
    if (control.action.kind === 'taskpane') {
      void sim.Office.addin.showAsTaskpane();
      return;
    }
    status(strings.running(control.label));
    try {
      await sim.invokeAction(control.action.name);
      status(strings.done(control.label));
    } catch (error) {
      status(strings.failed(control.label, (error as Error)?.message ?? String(error)), 'error');
    }
    scheduleRefresh();
  }

  function showPane(visible: boolean): void {
    pane.hidden = !visible;
  }

  // ---- grid rendering ----
  function visibleRect(sheet: SheetModel): Rect {
    const used = sheet.usedRect(false);
    let r1 = Math.max(MIN_ROWS - 1, (used?.r1 ?? 0) + MARGIN_ROWS, sheet.selection.r1 + 2);
    let c1 = Math.max(MIN_COLUMNS - 1, (used?.c1 ?? 0) + MARGIN_COLUMNS, sheet.selection.c1 + 1);
    for (const merge of sheet.merges) {
      r1 = Math.max(r1, merge.r1);
      c1 = Math.max(c1, merge.c1);
    }
    for (const column of sheet.columnWidths.keys()) if (column < 60) c1 = Math.max(c1, column);
    return box(0, 0, r1, c1);
  }

  function cellHtml(
    sheet: SheetModel,
    r: number,
    c: number,
    span: Rect,
    view: Rect,
    heights: number[],
    widths: number[],
    tables: Array<{ sheet: SheetModel; rect: Rect; showHeaders: boolean }>,
    selection: Rect,
    active: { r: number; c: number },
    frozen: { top: number[]; left: number[] },
  ): string {
    const cell: Readonly<CellModel> = sheet.get(r, c) ?? EMPTY_CELL;
    const f = cell.format;
    const look = tableLook(sheet, tables, r, c);
    const shown = engine.shown(sheet, r, c);
    const spilledFrom = engine.spilledFrom(sheet, r, c);
    const value: Scalar = shown.value;

    const right = borderCss(
      sheet.get(span.r0, span.c1)?.format.borders.right ?? sheet.get(span.r0, span.c1 + 1)?.format.borders.left,
    );
    const bottom = borderCss(
      sheet.get(span.r1, span.c0)?.format.borders.bottom ?? sheet.get(span.r1 + 1, span.c0)?.format.borders.top,
    );
    const left = c === 0 ? borderCss(f.borders.left) : undefined;
    const top = r === 0 ? borderCss(f.borders.top) : undefined;

    const tdStyle: string[] = [];
    const fill = f.fill ?? look.fill;
    if (fill) tdStyle.push(`background-color:${fill}`);
    if (right) tdStyle.push(`border-right:${right}`);
    if (bottom) tdStyle.push(`border-bottom:${bottom}`);
    if (left) tdStyle.push(`border-left:${left}`);
    if (top) tdStyle.push(`border-top:${top}`);
    const stickyTop = r < frozen.top.length ? frozen.top[r] : undefined;
    const stickyLeft = c < frozen.left.length ? frozen.left[c] : undefined;
    if (stickyTop !== undefined || stickyLeft !== undefined) {
      tdStyle.push('position:sticky', `z-index:${stickyTop !== undefined && stickyLeft !== undefined ? 3 : 1}`);
      if (stickyTop !== undefined) tdStyle.push(`top:${stickyTop}px`);
      if (stickyLeft !== undefined) tdStyle.push(`left:${stickyLeft}px`);
      if (!fill) tdStyle.push('background-color:#fff');
    }

    let height = 0;
    for (let rr = span.r0; rr <= span.r1; rr++) height += heights[rr - view.r0] ?? 20;
    height -= borderWidth(bottom) + (top ? borderWidth(top) : 0);
    const text = shown.formulaShown ?? formatValue(value, cell.numberFormat, language);
    const isNumber = typeof value === 'number' && shown.formulaShown === undefined;
    const general = f.horizontalAlignment === 'General';
    const horizontal = general
      ? isNumber
        ? 'right'
        : typeof value === 'boolean' || isError(value)
          ? 'center'
          : 'left'
      : ((
          {
            Left: 'left',
            Center: 'center',
            Right: 'right',
            CenterAcrossSelection: 'center',
            Justify: 'left',
            Distributed: 'center',
            Fill: 'left',
          } as Record<string, string>
        )[f.horizontalAlignment] ?? 'left');
    const vertical =
      ({ Top: 'flex-start', Center: 'center', Justify: 'center', Distributed: 'center' } as Record<string, string>)[
        f.verticalAlignment
      ] ?? 'flex-end';
    const justify = horizontal === 'left' ? 'flex-start' : horizontal === 'right' ? 'flex-end' : 'center';

    // Text spills into empty cells to its right, as in Excel; numbers never do.
    const rightFree = (() => {
      if (f.wrapText || isNumber || text === '' || span.c1 !== span.c0 || span.r1 !== span.r0) return false;
      const next = sheet.get(r, c + 1);
      return !next || (next.formula === undefined && next.value === '');
    })();

    const font = f.font;
    const spanStyle = [
      `font-size:${font.size}pt`,
      font.name !== 'Calibri'
        ? `font-family:'${font.name.replace(/'/g, '')}',Calibri,Carlito,'DejaVu Sans Condensed',sans-serif`
        : '',
      font.bold || look.bold ? 'font-weight:700' : '',
      font.italic ? 'font-style:italic' : '',
      font.underline !== 'None' ? 'text-decoration:underline' : '',
      `color:${font.color !== '#000000' ? font.color : (look.color ?? '#000000')}`,
      `text-align:${horizontal}`,
    ]
      .filter(Boolean)
      .join(';');
    const divClasses = ['wb-c', f.wrapText ? 'wb-wrap' : '', rightFree ? 'wb-overflow' : ''].filter(Boolean).join(' ');
    const spanClass = shown.formulaShown ? 'wb-formula-shown' : spilledFrom ? 'wb-spilled' : '';

    const address = `${columnLetters(c)}${r + 1}`;
    const inSelection = r >= selection.r0 && r <= selection.r1 && c >= selection.c0 && c <= selection.c1;
    const isActive = r === active.r && c === active.c;
    const classes = [
      inSelection && !(selection.r0 === selection.r1 && selection.c0 === selection.c1) ? 'wb-sel' : '',
      isActive ? 'wb-active' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = [
      cell.formula,
      shown.formulaShown ? strings.notComputed : undefined,
      shown.message,
      spilledFrom ? strings.spilledFrom(spilledFrom) : undefined,
    ]
      .filter(Boolean)
      .join('\n');
    const spans = `${span.c1 > span.c0 ? ` colspan="${span.c1 - span.c0 + 1}"` : ''}${span.r1 > span.r0 ? ` rowspan="${span.r1 - span.r0 + 1}"` : ''}`;
    return (
      `<td data-address="${address}"${spans}${classes ? ` class="${classes}"` : ''}${inSelection ? ' aria-selected="true"' : ''}` +
      `${title ? ` title="${escapeHtml(title)}"` : ''}${tdStyle.length ? ` style="${tdStyle.join(';')}"` : ''}>` +
      `<div class="${divClasses}" style="height:${Math.max(1, height)}px;justify-content:${justify};align-items:${vertical};width:${Math.max(1, widths.slice(span.c0, span.c1 + 1).reduce((a, b) => a + b, 0) - borderWidth(right))}px">` +
      `<span${spanClass ? ` class="${spanClass}"` : ''} style="${spanStyle}">${escapeHtml(text)}</span></div></td>`
    );
  }

  function renderGrid(sheet: SheetModel): void {
    const view = visibleRect(sheet);
    const widths: number[] = [];
    for (let c = view.c0; c <= view.c1; c++) widths.push(px(sheet.columnWidth(c)));
    const heights: number[] = [];
    for (let r = view.r0; r <= view.r1; r++) heights.push(px(sheet.rowHeight(r)));
    const tables = model.tables.map((t) => ({ sheet: t.sheet, rect: t.rect, showHeaders: t.showHeaders }));
    const selection = sheet.selection;
    const active = activeCell(sheet);
    const frozen = { top: [] as number[], left: [] as number[] };
    for (let r = 0, y = HEADER_HEIGHT; r < sheet.frozenRows; r++) {
      frozen.top.push(y);
      y += heights[r] ?? 20;
    }
    for (let c = 0, x = ROW_HEADER_WIDTH; c < sheet.frozenColumns; c++) {
      frozen.left.push(x);
      x += widths[c] ?? 64;
    }

    const covered = new Set<string>();
    const merges = new Map<string, Rect>();
    for (const merge of sheet.merges) {
      merges.set(`${merge.r0},${merge.c0}`, merge);
      for (let r = merge.r0; r <= merge.r1; r++) {
        for (let c = merge.c0; c <= merge.c1; c++) if (r !== merge.r0 || c !== merge.c0) covered.add(`${r},${c}`);
      }
    }

    const parts: string[] = [];
    parts.push(
      `<table class="wb-grid" role="grid" aria-label="${escapeHtml(strings.sheetGrid(sheet.name))}" aria-rowcount="${view.r1 + 1}" aria-colcount="${view.c1 + 1}">`,
    );
    parts.push(`<colgroup><col style="width:${ROW_HEADER_WIDTH}px">`);
    for (const width of widths) parts.push(`<col style="width:${width}px">`);
    parts.push('</colgroup><thead><tr><th class="wb-corner" scope="col"></th>');
    for (let c = view.c0; c <= view.c1; c++) {
      const highlighted = c >= selection.c0 && c <= selection.c1 ? ' class="wb-hl"' : '';
      parts.push(`<th scope="col"${highlighted}>${columnLetters(c)}</th>`);
    }
    parts.push('</tr></thead><tbody>');
    engine.batch(() => {
      for (let r = view.r0; r <= view.r1; r++) {
        const height = heights[r - view.r0];
        const rowHeader =
          `<th scope="row"${r >= selection.r0 && r <= selection.r1 ? ' class="wb-hl"' : ''}` +
          `${r < frozen.top.length ? ` style="top:${frozen.top[r]}px;z-index:3"` : ''}>${r + 1}</th>`;
        parts.push(`<tr style="height:${height}px">${rowHeader}`);
        for (let c = view.c0; c <= view.c1; c++) {
          if (covered.has(`${r},${c}`)) continue;
          const span = merges.get(`${r},${c}`) ?? box(r, c, r, c);
          parts.push(cellHtml(sheet, r, c, span, view, heights, widths, tables, selection, active, frozen));
        }
        parts.push('</tr>');
      }
    });
    parts.push('</tbody></table>');
    const scrollTop = scroller.scrollTop;
    const scrollLeft = scroller.scrollLeft;
    scroller.innerHTML = parts.join('');
    scroller.scrollTop = scrollTop;
    scroller.scrollLeft = scrollLeft;
  }

  function renderTabs(current: SheetModel): void {
    tabs.replaceChildren();
    for (const sheet of model.sheets) {
      if (sheet.visibility !== 'Visible') continue;
      const selected = sheet === current;
      const tab = element(
        doc,
        'button',
        { type: 'button', role: 'tab', 'aria-selected': String(selected), tabindex: selected ? '0' : '-1' },
        sheet.name,
      );
      if (sheet.tabColor) tab.style.boxShadow = `inset 0 -3px 0 ${sheet.tabColor}`;
      tab.addEventListener('click', () => {
        model.activate(sheet, 'workbench tab');
        editing = false;
        scroller.scrollTop = 0;
        scroller.scrollLeft = 0;
        render();
      });
      tabs.appendChild(tab);
    }
    const add = element(
      doc,
      'button',
      { type: 'button', 'aria-label': strings.newSheet, title: strings.newSheet },
      '+',
    );
    add.addEventListener('click', () => {
      const sheet = model.addSheet(undefined, 'workbench new sheet');
      model.activate(sheet, 'workbench new sheet');
      render();
    });
    tabs.appendChild(add);
  }

  function formulaBarText(sheet: SheetModel, r: number, c: number): string {
    const cell = sheet.get(r, c);
    if (!cell) return '';
    if (cell.formula !== undefined) return cell.formula;
    const value = cell.value;
    if (typeof value === 'number') {
      if (/%$/.test(cell.numberFormat)) return `${formatValue(value * 100, 'General', language)}%`;
      return formatValue(value, 'General', language);
    }
    if (typeof value === 'boolean') return formatValue(value, 'General', language);
    return value;
  }

  function render(): void {
    const sheet = activeSheet();
    if (!sheet) return;
    const { r, c } = activeCell(sheet);
    renderTabs(sheet);
    const selection = sheet.selection;
    if (doc.activeElement !== nameBox) {
      nameBox.value =
        selection.r0 === selection.r1 && selection.c0 === selection.c1
          ? `${columnLetters(c)}${r + 1}`
          : formatRect(selection);
    }
    if (!editing) formulaBar.value = formulaBarText(sheet, r, c);
    renderGrid(sheet);
  }

  function refresh(): void {
    lastSync = sim.stats.syncCount;
    render();
    void engine.recompute().then(render);
  }

  function scheduleRefresh(): void {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      refresh();
    }, 0);
  }

  // ---- events ----
  scroller.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest('td[data-address]');
    if (!td) return;
    const parsed = parseAddress(td.getAttribute('data-address') ?? '');
    if (!parsed) return;
    const sheet = activeSheet();
    const { r0, c0 } = parsed.rect;
    if (event.shiftKey) {
      const anchor = activeCell(sheet);
      select(sheet, box(anchor.r, anchor.c, r0, c0), anchor);
    } else {
      select(sheet, box(r0, c0, r0, c0));
    }
    scroller.focus({ preventScroll: true });
  });
  scroller.addEventListener('dblclick', () => {
    formulaBar.focus();
    editing = true;
  });
  scroller.addEventListener('keydown', (event) => {
    const sheet = activeSheet();
    const { r, c } = activeCell(sheet);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const nr = Math.max(0, r + move[0]);
      const nc = Math.max(0, c + move[1]);
      select(sheet, box(nr, nc, nr, nc));
      scroller
        .querySelector(`td[data-address="${columnLetters(nc)}${nr + 1}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void commit('', false);
    } else if (event.key === 'F2') {
      event.preventDefault();
      editing = true;
      formulaBar.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      editing = true;
      formulaBar.value = event.key;
      formulaBar.focus();
    }
  });

  async function commit(text: string, moveDown: boolean): Promise<void> {
    const sheet = activeSheet();
    const { r, c } = activeCell(sheet);
    const address = `${columnLetters(c)}${r + 1}`;
    try {
      const shown = await engine.type(sheet, r, c, text, language);
      editing = false;
      const value = shown.value;
      if (isError(value)) status(strings.cellError(address, value.error, value.message ?? ''), 'error');
      else
        status(strings.cellResult(address, formatValue(value, sheet.get(r, c)?.numberFormat ?? 'General', language)));
      if (moveDown) select(sheet, box(r + 1, c, r + 1, c));
      else render();
    } catch (error) {
      if (error instanceof FormulaSyntaxError) {
        status(strings.badFormula(error.message), 'error');
        return;
      }
      throw error;
    }
  }

  formulaBar.addEventListener('input', () => {
    editing = true;
  });
  formulaBar.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(formulaBar.value, true).then(() => scroller.focus({ preventScroll: true }));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editing = false;
      render();
      scroller.focus({ preventScroll: true });
    }
  });

  nameBox.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = nameBox.value.trim();
    const parsed = parseAddress(text);
    if (!parsed || parsed.entireColumns || parsed.entireRows) {
      status(strings.badAddress(text), 'error');
      return;
    }
    const sheet = parsed.sheet !== undefined ? model.findSheet(parsed.sheet) : activeSheet();
    if (!sheet) {
      status(strings.badAddress(text), 'error');
      return;
    }
    model.activate(sheet, 'workbench name box');
    select(sheet, parsed.rect);
    scroller.focus({ preventScroll: true });
  });

  // ---- refresh after every sync (the add-in's writes), and a cheap poll as a safety net ----
  sim.onSync = () => scheduleRefresh();
  setInterval(() => {
    if (sim.stats.syncCount !== lastSync) scheduleRefresh();
  }, 400);

  setManifest(options.manifest);
  refresh();
  return { refresh, setManifest, showPane, status };
}
