/**
 * Custom functions of the CASA namespace (=CASA.QUOTA_INDIGENZA(...)). Thin wrappers over
 * src/core: they read Excel's arguments, call the engine, and return whole dwellings.
 * The JSDoc below is the Italian metadata Excel shows; English lives in metadata-en.ts.
 * Function ids are stable forever: workbooks store them in their formulas.
 */
import { indigenceQuota, satAllocation } from '../core/quota';
import { fromPpm, rulesFor, toPpm } from '../core/rules';
import { countArgument, fail, guarded, mapCells, optionalCount, optionalPercent, formatPercent } from './args';

const CURRENT_RULES = rulesFor(new Date().getFullYear());

/**
 * Alloggi da assegnare ai nuclei in condizioni di indigenza: (percentuale + maggiorazione) degli alloggi disponibili, arrotondato all'unità superiore (R.R. 4/2017 art. 13 c. 3).
 * @customfunction QUOTA_INDIGENZA
 * @param disponibili Alloggi disponibili nell'anno: una cella o un intervallo.
 * @param [percentuale] Quota regionale per l'indigenza; se omessa 20 %.
 * @param [maggiorazione] Aumento deciso dal Comune sugli alloggi di sua proprietà; se omessa 0 %.
 * @returns Numero di alloggi per nuclei indigenti.
 */
export function QUOTA_INDIGENZA(disponibili: any[][], percentuale?: any, maggiorazione?: any): any[][] {
  const sharePpm = guarded(() => {
    const base = optionalPercent(percentuale, 'percentuale', fromPpm(CURRENT_RULES.indigenza.defaultPpm));
    const increase = optionalPercent(maggiorazione, 'maggiorazione', 0);
    const total = toPpm(base) + toPpm(increase);
    if (total > toPpm(1)) fail('invalidNumber', 'percent.sum-above-one', { value: formatPercent(fromPpm(total)) });
    return total;
  });
  return mapCells(disponibili, (cell) => indigenceQuota(countArgument(cell, 'disponibili'), sharePpm));
}

/**
 * Alloggi destinati ai Servizi Abitativi Transitori: i richiesti, ma non oltre la soglia massima degli alloggi disponibili, arrotondata per difetto.
 * @customfunction SAT_ALLOCATION
 * @param disponibili Alloggi disponibili nell'anno: una cella o un intervallo.
 * @param [richiesti] Alloggi SAT richiesti; se omesso, il risultato è la soglia stessa.
 * @param [soglia] Quota massima per i SAT; se omessa 25 %.
 * @returns Numero di alloggi SAT consentiti.
 */
export function SAT_ALLOCATION(disponibili: any[][], richiesti?: any, soglia?: any): any[][] {
  const { requested, capPpm } = guarded(() => ({
    requested: optionalCount(richiesti, 'richiesti'),
    capPpm: toPpm(optionalPercent(soglia, 'soglia', fromPpm(CURRENT_RULES.satSoglia.defaultPpm))),
  }));
  return mapCells(disponibili, (cell) => satAllocation(countArgument(cell, 'disponibili'), capPpm, requested).allowed);
}
