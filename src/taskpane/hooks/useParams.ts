/**
 * The plan parameters of the pane: the form's values, their validation (with the legal
 * reference of each bound), the presets, the per-owner values, and saving them in the workbook.
 * Nothing is saved until `save` is called (the user's click).
 */
import { useCallback, useMemo, useState } from 'react';
import type { ExcelAdapter, InventorySource, SavedSettings } from '../../excel/types';
import {
  defaultParams,
  type CategoriaArt14,
  type OwnerValueKey,
  type Ordine,
  type PlanParams,
} from '../../core/plan/params';
import { presetById, type PresetId } from '../../core/plan/presets';
import type { ColumnMapping } from '../../core/types';
import type { Bilingual } from '../errors';
import { stringsFor, type Language } from '../i18n/strings';
import {
  checkOverride,
  formToParams,
  paramsToForm,
  readMeasure,
  withOverride,
  withoutOverride,
  type FormResult,
  type ParamForm,
  type TextKey,
} from './paramForm';
import { formChanges, presetTarget } from './presets';

export interface ParamsState extends FormResult {
  form: ParamForm;
  setText: (key: TextKey, value: string) => void;
  setOrdine: (ordine: Ordine) => void;
  /** The art. 14 categories the reserve serves (from 2025). */
  setCategories: (categories: CategoriaArt14[]) => void;
  /** Adds a measure (lett. f); returns the problem instead when the text or amount is not readable. */
  addMeasure: (text: string, amount: string) => Bilingual | undefined;
  removeMeasure: (index: number) => void;
  presetId?: PresetId;
  /** The form a preset would give (nothing is changed): for the list of what changes. */
  previewPreset: (id: PresetId, takeYear: boolean) => ParamForm | undefined;
  /** Applies a preset; the plan year changes only with `takeYear` (a preset tied to a year). */
  applyPreset: (id: PresetId, takeYear?: boolean) => void;
  /** The preset just applied, while it can be undone. */
  undo?: { presetId: PresetId; changed: number };
  undoPreset: () => void;
  /** Adds a value for an owner; returns the problem instead when the value is refused. */
  addOverride: (owner: string, key: OwnerValueKey, text: string) => Bilingual | undefined;
  removeOverride: (owner: string, key: OwnerValueKey) => void;
  /** Saves the parameters (and the inventory's source and mapping) in the workbook. */
  /** Saves the parameters with the inventory's choice and, when given, the owners' communications. */
  save: (
    inventory: { source?: InventorySource; mapping?: ColumnMapping },
    ambito?: Pick<SavedSettings, 'comunicazioni' | 'entiAmbito'>,
  ) => Promise<void>;
}

export function useParams(
  adapter: ExcelAdapter,
  options: { language: Language; defaultYear: number; saved?: PlanParams; savedPresetId?: PresetId },
): ParamsState {
  const { language, defaultYear } = options;
  const [form, setForm] = useState<ParamForm>(() =>
    paramsToForm(options.saved ?? defaultParams(defaultYear), language),
  );
  const [presetId, setPresetId] = useState<PresetId | undefined>(options.savedPresetId);
  /** The form before the last preset, for "Annulla"; dropped at the next edit. */
  const [beforePreset, setBeforePreset] = useState<{
    form: ParamForm;
    presetId?: PresetId;
    applied: PresetId;
    changed: number;
  }>();

  const result = useMemo(() => formToParams(form, defaultYear), [form, defaultYear]);

  const setText = useCallback((key: TextKey, value: string) => {
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, texts: { ...previous.texts, [key]: value } }));
  }, []);

  const setOrdine = useCallback((ordine: Ordine) => {
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, ordine }));
  }, []);

  const setCategories = useCallback((categories: CategoriaArt14[]) => {
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, riservaCategorie: categories }));
  }, []);

  const addMeasure = useCallback((text: string, amount: string): Bilingual | undefined => {
    const { measure, problem } = readMeasure(text, amount);
    if (problem || !measure) return problem;
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, misure: [...previous.misure, measure] }));
    return undefined;
  }, []);

  const removeMeasure = useCallback((index: number) => {
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, misure: previous.misure.filter((_, position) => position !== index) }));
  }, []);

  const previewPreset = useCallback(
    (id: PresetId, takeYear: boolean): ParamForm | undefined => {
      const preset = presetById(id);
      return preset ? paramsToForm(presetTarget(preset, form, result.year, takeYear), language) : undefined;
    },
    [form, result.year, language],
  );

  const applyPreset = useCallback(
    (id: PresetId, takeYear = false) => {
      const next = previewPreset(id, takeYear);
      if (!next) return;
      setBeforePreset({
        form,
        presetId,
        applied: id,
        changed: formChanges(form, next, result.year, language, stringsFor(language)).length,
      });
      setForm(next);
      setPresetId(id);
    },
    [previewPreset, form, presetId, result.year, language],
  );

  const undoPreset = useCallback(() => {
    if (!beforePreset) return;
    setForm(beforePreset.form);
    setPresetId(beforePreset.presetId);
    setBeforePreset(undefined);
  }, [beforePreset]);

  const addOverride = useCallback(
    (owner: string, key: OwnerValueKey, text: string): Bilingual | undefined => {
      const checked = checkOverride(result.candidate, owner, key, text);
      if (checked.problem) return checked.problem;
      if (checked.value === undefined) return undefined;
      const value = checked.value;
      setBeforePreset(undefined);
      setForm((previous) => ({ ...previous, enti: withOverride(previous.enti, owner, key, value) }));
      return undefined;
    },
    [result.candidate],
  );

  const removeOverride = useCallback((owner: string, key: OwnerValueKey) => {
    setBeforePreset(undefined);
    setForm((previous) => ({ ...previous, enti: withoutOverride(previous.enti, owner, key) }));
  }, []);

  const { params } = result;
  const save = useCallback(
    async (
      inventory: { source?: InventorySource; mapping?: ColumnMapping },
      ambito?: Pick<SavedSettings, 'comunicazioni' | 'entiAmbito'>,
    ) => {
      if (!params) return;
      await adapter.saveSettings({
        version: 1,
        source: inventory.source,
        mapping: inventory.mapping,
        params,
        presetId,
        ...(ambito?.comunicazioni && ambito.comunicazioni.length > 0 ? { comunicazioni: ambito.comunicazioni } : {}),
        ...(ambito?.entiAmbito ? { entiAmbito: ambito.entiAmbito } : {}),
      });
    },
    [adapter, params, presetId],
  );

  return {
    ...result,
    form,
    setText,
    setOrdine,
    setCategories,
    addMeasure,
    removeMeasure,
    presetId,
    previewPreset,
    applyPreset,
    undo: beforePreset ? { presetId: beforePreset.applied, changed: beforePreset.changed } : undefined,
    undoPreset,
    addOverride,
    removeOverride,
    save,
  };
}
