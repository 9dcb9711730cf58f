/**
 * The settings saved in the workbook, read back defensively: the file may have been saved by
 * another version of the add-in, or edited, so every value is checked before it fills the form.
 */
import type { ExcelAdapter, InventorySource, SavedSettings } from '../../excel/types';
import { FIELD_NAMES } from '../../core/inventory';
import { reviveParams, type PlanParams } from '../../core/plan/params';
import { presetById, type PresetId } from '../../core/plan/presets';
import type { ColumnMapping } from '../../core/types';

export interface RestoredSettings {
  source?: InventorySource;
  mapping?: ColumnMapping;
  params?: PlanParams;
  presetId?: PresetId;
  /** The owners' communications imported before: each file and its sheets. */
  comunicazioni?: { file: string; sheets: string[] }[];
  entiAmbito?: string;
}

/** The communications imported before, as saved: files with the names of their sheets. */
export function communicationsFromSaved(value: unknown): { file: string; sheets: string[] }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const files = value.flatMap((entry) =>
    isRecord(entry) &&
    typeof entry.file === 'string' &&
    Array.isArray(entry.sheets) &&
    entry.sheets.every((sheet) => typeof sheet === 'string')
      ? [{ file: entry.file, sheets: entry.sheets as string[] }]
      : [],
  );
  return files.length > 0 ? files : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function sourceFromSaved(value: unknown): InventorySource | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'selection') return { kind: 'selection' };
  if ((value.kind === 'table' || value.kind === 'name') && typeof value.name === 'string' && value.name !== '') {
    return { kind: value.kind, name: value.name };
  }
  return undefined;
}

export function mappingFromSaved(value: unknown): ColumnMapping | undefined {
  if (!isRecord(value)) return undefined;
  const mapping: ColumnMapping = {};
  for (const field of FIELD_NAMES) {
    const index = value[field];
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0) mapping[field] = index;
  }
  return mapping;
}

/** What the workbook remembers, or nothing when it has no (usable) settings. */
export function loadSavedSettings(adapter: ExcelAdapter): RestoredSettings {
  let saved: SavedSettings | undefined;
  try {
    saved = adapter.loadSettings();
  } catch {
    // Unreadable settings are the same as none: the form starts from the defaults.
    return {};
  }
  if (!isRecord(saved)) return {};
  const preset = typeof saved.presetId === 'string' ? presetById(saved.presetId) : undefined;
  return {
    source: sourceFromSaved(saved.source),
    mapping: mappingFromSaved(saved.mapping),
    // The same reading as the ribbon's command: the pane shows what the button would use.
    params: reviveParams(saved.params),
    presetId: preset?.id,
    comunicazioni: communicationsFromSaved(saved.comunicazioni),
    ...(typeof saved.entiAmbito === 'string' ? { entiAmbito: saved.entiAmbito } : {}),
  };
}
