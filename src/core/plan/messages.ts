/** The plan's notes (what the engine says about the count), in Italian and English: one table. */
import { defineMessages } from '../messages';

export const PLAN_MESSAGES = defineMessages('plan', {
  'sat-capped': {
    it: '{ente}, {comune}: {requested} alloggi SAT richiesti, {allowed} consentiti: {cap} di {available} = {product}.',
    en: '{ente}, {comune}: {requested} SAT dwellings requested, {allowed} allowed: {cap} of {available} = {product}.',
  },
  'quotas-above-base': {
    it: '{ente}, {comune}: le quote, ciascuna arrotondata all’unità superiore, sommano {reserved} alloggi su una base di {base}.',
    en: '{ente}, {comune}: the quotas, each rounded up, add up to {reserved} dwellings on a base of {base}.',
  },
  'quotas-above-by-call': {
    it: '{ente}, {comune}: le quote, calcolate su tutti i {base} alloggi disponibili e ciascuna arrotondata all’unità superiore, sommano {reserved} alloggi, ma gli alloggi assegnati con avviso sono {byCall} ({base} meno {sat} SAT): {excess} oltre quelli assegnabili.',
    en: '{ente}, {comune}: the quotas, computed on all {base} available dwellings and each rounded up, add up to {reserved} dwellings, but {byCall} dwellings are assigned by public call ({base} minus {sat} SAT): {excess} more than can be assigned.',
  },
  'increase-comune-only': {
    it: "{ente}, {comune}: la maggiorazione dell'indigenza vale solo per gli alloggi comunali; qui si applica il {share}.",
    en: '{ente}, {comune}: the poverty share increase applies to Comune-owned stock only; {share} applies here.',
  },
  'assigned-unknown': {
    it: 'Alloggi assegnati nel {previous} (R.R. 4/2017 art. 4 c. 3 lett. g): non indicati per {names}. Aggiungete all’inventario la colonna «Data assegnazione» oppure indicate il numero per ente (assegnatiAnnoPrecedente).',
    en: 'Dwellings assigned in {previous} (R.R. 4/2017 art. 4 c. 3 lett. g): not given for {names}. Add the column "Data assegnazione" to the inventory or give the number per owner (assegnatiAnnoPrecedente).',
  },
  'assigned-unknown-more': { it: '{names} e altri {more} enti', en: '{names} and {more} more owners' },
  'reserve-without-categories': {
    it: '{ente}: la riserva del {share} non indica le categorie a cui è destinata; indicatele tra quelle dell’art. 14 ({reference}).',
    en: '{ente}: the reserve of {share} does not say which categories it serves; choose them among those of art. 14 ({reference}).',
  },
  'additional-category-unnamed': {
    it: 'La riserva comprende la categoria aggiuntiva del Comune, ma il piano non ne indica il nome: scrivetelo con la motivazione (R.R. 4/2017 art. 4 c. 3 lett. d).',
    en: "The reserve includes the Comune's additional category, but the plan does not name it: write its name and reasons (R.R. 4/2017 art. 4 c. 3 lett. d).",
  },
  'reading-sat-first': {
    it: 'Lettura della ripartizione: prima gli alloggi SAT, poi le quote ({quotas}) sugli alloggi assegnati con avviso (disponibili meno SAT).',
    en: 'Reading of the split: SAT dwellings first, then the quotas ({quotas}) on the dwellings assigned by public call (available minus SAT).',
  },
  'occupied-with-date.one': {
    it: '{ente}, {comune}: 1 alloggio occupato ha una data di disponibilità tra il {first} e il {last}: non è contato tra i disponibili, come ogni alloggio occupato. Se si libera in quella data, scrivete nell’inventario lo stato «in turnover».',
    en: '{ente}, {comune}: 1 occupied dwelling has an availability date between {first} and {last}: it is not counted as available, as no occupied dwelling is. If it becomes free on that date, write the status "in turnover" in the inventory.',
  },
  'occupied-with-date.many': {
    it: '{ente}, {comune}: {count} alloggi occupati hanno una data di disponibilità tra il {first} e il {last}: non sono contati tra i disponibili, come ogni alloggio occupato. Se si liberano in quella data, scrivete nell’inventario lo stato «in turnover».',
    en: '{ente}, {comune}: {count} occupied dwellings have an availability date between {first} and {last}: they are not counted as available, as no occupied dwelling is. If they become free on that date, write the status "in turnover" in the inventory.',
  },
  'reading-on-all': {
    it: 'Lettura della ripartizione: le quote ({quotas}) si calcolano su tutti gli alloggi disponibili.',
    en: 'Reading of the split: the quotas ({quotas}) are computed on all available dwellings.',
  },
  rounding: {
    it: 'Ogni quota è calcolata per ente proprietario e comune, con arrotondamento all’unità superiore ({up}) o inferiore ({down}).',
    en: 'Every quota is computed per owner and comune, rounded up ({up}) or down ({down}).',
  },
  'owner-not-in-inventory': {
    it: 'I parametri indicati per «{ente}» non sono stati usati: l’ente non compare nell’inventario.',
    en: 'The parameters given for "{ente}" were not used: the owner is not in the inventory.',
  },
  'late-approval': {
    it: 'Il piano {year} è preparato il {today}, dopo il termine del {deadline} per l’approvazione dell’Assemblea dei sindaci. Capita spesso: è un’indicazione, non un impedimento; gli avvisi seguono l’approvazione.',
    en: 'The {year} plan is prepared on {today}, after the {deadline} deadline for its approval by the Assemblea dei sindaci. This is common: a reminder, not an obstacle; the calls follow the approval.',
  },
  'late-communications': {
    it: 'Il piano {year} è preparato il {today}, dopo il termine del {deadline} per le comunicazioni degli enti proprietari: quelle arrivate dopo si possono comunque includere; l’approvazione è attesa entro il {approval}.',
    en: "The {year} plan is prepared on {today}, after the {deadline} deadline for the owners' communications: later ones can still be included; the approval is expected by {approval}.",
  },
});
