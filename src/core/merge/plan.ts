/**
 * The plan of merged communications: the same computePlan, with each owner's choices from its
 * "Scelte dell'ente" sheet as per-owner parameters. A value the capofila sets for an owner (on the
 * command line, `--param "ENTE:chiave=valore"`, or in the pane) wins over the owner's sheet, and
 * the plan says so. Every group records the files or sheets it came from. Pure.
 */
import { bilingual, sentence } from '../messages';
import { compareByPlace, computePlanFromTally, type Plan, type PlanGroup, type PlanNote } from '../plan/plan';
import { ownerKey, type OwnerValues, type PlanParams } from '../plan/params';
import { choiceEntries, choiceLabel, choiceText, sameChoice, type ChoiceValue } from '../communication/choices';
import { placeOrUnknown } from '../communication/place';
import { MERGE_MESSAGES, groupKey, type MergeResult, type OwnerStatus } from './merge';

export interface MergedGroup extends PlanGroup {
  /** Files or sheets the group's dwellings came from. */
  fonti: string[];
}

export interface MergedPlan extends Plan {
  gruppi: MergedGroup[];
  /** Every owner seen or expected, with the state of its communication. */
  enti: OwnerStatus[];
  /** Owners of the Ambito's list whose communication is missing. */
  entiMancanti: string[];
  /** Fingerprint of the dwellings the plan is computed from. */
  impronta: string;
}

/**
 * The parameters the plan uses: the owners' choices under the capofila's own per-owner values.
 * Owners without dwellings get none (their choices would have nothing to apply to).
 */
export function mergedParams(result: MergeResult, params: PlanParams): { params: PlanParams; notes: PlanNote[] } {
  const withDwellings = new Set(result.enti.filter((owner) => owner.alloggi > 0).map((owner) => ownerKey(owner.ente)));
  const capofila = new Map(Object.entries(params.enti).map(([name, values]) => [ownerKey(name), { name, values }]));
  const enti: Record<string, OwnerValues> = {};
  const notes: PlanNote[] = [];
  for (const [ente, values] of Object.entries(result.scelte)) {
    const key = ownerKey(ente);
    if (!withDwellings.has(key)) continue;
    const own = capofila.get(key);
    const merged: OwnerValues = { ...values, ...(own?.values ?? {}) };
    enti[own?.name ?? ente] = merged;
    capofila.delete(key);
    for (const [name, value] of choiceEntries(own?.values ?? {})) {
      const chosen = values[name] as ChoiceValue | undefined;
      if (chosen === undefined || sameChoice(name, chosen, value, params.anno)) continue;
      const place = placeOrUnknown(result.sceltePlaces[ente]?.[name] ?? {});
      const label = choiceLabel(name, params.anno);
      const mine = choiceText(name, value, params.anno);
      const theirs = choiceText(name, chosen, params.anno);
      notes.push(sentence(MERGE_MESSAGES['capofila-choice'], { ente, label, mine, theirs, place }));
    }
  }
  for (const { name, values } of capofila.values()) enti[name] = values;
  // The Ambito and the capofila named in the owners' list, unless the capofila gave them.
  const ambito = params.ambito.trim() === '' && result.ambito ? result.ambito : params.ambito;
  const capofilaName = params.capofila.trim() === '' && result.capofila ? result.capofila : params.capofila;
  return { params: { ...params, ambito, capofila: capofilaName, enti }, notes };
}

/** The plan of the merged communications. Throws PlanParamsError when a parameter is out of bounds. */
export function planFromMerge(result: MergeResult, params: PlanParams): MergedPlan {
  const { params: effective, notes } = mergedParams(result, params);
  return planWithParams(result, effective, notes);
}

/**
 * The plan of the merged dwellings with parameters that already hold the owners' choices
 * (`mergedParams`), as scenarios compute it. `notes` are added to the plan's notes.
 */
export function planWithParams(result: MergeResult, effective: PlanParams, notes: PlanNote[] = []): MergedPlan {
  // Lett. g from the inventory only for the groups read from an inventory with assignment dates.
  const plan = computePlanFromTally(result.tally, effective, result.problems, {
    assignmentDates: (ente, comune) => result.assignmentDates.has(groupKey(ente, comune)),
  });
  // The rows in conflict are not among the units: the annex lists them with the other place.
  const esclusi = [...plan.esclusi, ...result.esclusi].sort(compareByPlace);
  const gruppi: MergedGroup[] = plan.gruppi.map((group) => ({
    ...group,
    fonti: result.fonti.get(groupKey(group.ente, group.comune)) ?? [],
  }));
  const note = [...plan.note, ...notes];
  if (result.mancanti.length > 0) {
    note.push(sentence(MERGE_MESSAGES['missing-communications'], { owners: result.mancanti.join(', ') }));
  }
  if (result.sorgenti > 1) {
    const listed = result.enti.filter((owner) => owner.stato !== 'mancante');
    const owners = listed.map((owner) =>
      bilingual(MERGE_MESSAGES['owner-files'], {
        ente: owner.ente,
        files: owner.fonti.length > 0 ? owner.fonti.join(', ') : bilingual(MERGE_MESSAGES['no-file']),
      }),
    );
    note.push(
      sentence(MERGE_MESSAGES['merged-from'], {
        count: result.sorgenti,
        owners: { it: owners.map((owner) => owner.it).join('; '), en: owners.map((owner) => owner.en).join('; ') },
      }),
    );
  }
  return {
    ...plan,
    esclusi,
    gruppi,
    note,
    enti: result.enti,
    entiMancanti: result.mancanti,
    impronta: result.impronta,
  };
}
