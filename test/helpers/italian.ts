/**
 * What an English text must not contain: Italian words left over from a translation, and
 * placeholders or values that were never filled. Used by the tests that read every message
 * table and every English output (pane, functions, plan sheet, engine notes and problems).
 */

/** Common Italian words that are not also English words ("per", "come", "quota", "data", "solo" are left out). */
export const ITALIAN_WORDS = new Set(
  `
  di del della dello delle dei degli dal dalla dalle dai nel nella nelle nei negli sul sulla sui
  il lo la le gli un una uno non è e ed o oppure che chi cui con tra fra al alla alle ai agli
  sono sia siano ha hanno va vale deve devono può possono serve manca mancano
  alloggi alloggio riga righe cella celle colonna colonne valore valori percentuale anno anni
  piano numero intero interi quote ente enti proprietario disponibili disponibile
  scrivete scegliete usate lasciate controllate indicate correggete aggiungete
  bene questa questo questi queste nessun nessuna anche più meno oltre
  intestazione foglio tabella intervallo riserva categoria categorie misura misure importo
  esempio cioè senza ogni tutti tutte
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What stays Italian in English on purpose: proper names and terms of art (as the glossary of
 * the help page keeps them), and the inventory's own headers and values, which the user types
 * in Italian. Anything quoted ("..." or «...») is the user's text or a header to type, as is.
 */
export const KEPT_AS_THEY_ARE: readonly RegExp[] = [
  /"[^"]*"/g,
  /«[^»]*»/g,
  /\bComune di [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*/g,
  /\bAmbito(?: territoriale)? di [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*/g,
  /\bALER(?: [A-Z][\w-]*)*/g,
  /\bAssemblea dei [Ss]indaci\b/g,
  /\bForze di Polizia\b/g,
  /\bVigili del Fuoco\b/g,
  /\bPolizia Locale\b/g,
  /\bServizi Abitativi (?:Pubblici|Transitori|Sociali)\b/g,
  /\bPiano [Aa]nnuale dell['’]Offerta [Aa]bitativa\b/g,
  /\bCASA\.[A-Z_]+/g,
  // The header of the user's column, as written in their sheet: "cell E2 (Disponibile dal)".
  /\bcell [A-Z]{1,3}\d+ \([^)]*\)/g,
  // The values the inventory accepts, typed in Italian whatever Office's language.
  /\b(?:stato di fatto|conferito da privati|servizi abitativi pubblici, sociali, transitori)\b/gi,
  /\b(?:e\.g|i\.e)\./g,
  // Legal citations: act and year, article, comma, letters (lett. c, e: letters, not "and").
  /\b(?:L\.R\.|R\.R\.|D\.Lgs\.|D\.P\.R\.)\s*\d+\/\d{4}/g,
  /\bart\.\s*\d+(?:\s+(?:bis|ter|quater))?/g,
  /\bc\.\s*\d+/g,
  /\blett\.\s*[a-z](?:\s+(?:bis|ter))?(?:\s*,\s*[a-z](?:\s+(?:bis|ter))?\b)*/g,
];

/** The Italian words of an English text, outside the names and citations kept as they are. */
export function italianWordsIn(text: string): string[] {
  let rest = text;
  for (const pattern of KEPT_AS_THEY_ARE) rest = rest.replace(pattern, ' ');
  // Codes and identifiers (sat-prima, indigenza-su-tutti, E-0, a-12) are typed as they are.
  const words = (rest.toLowerCase().match(/[\p{L}\d’'-]+/gu) ?? []).filter((word) => !/[-\d]/.test(word));
  return words
    .map((word) => word.replace(/^['’]+|['’]+$/g, ''))
    .filter((word) => ITALIAN_WORDS.has(word) || /^(?:l|d|un|dell|all|nell|sull)['’]/.test(word));
}

/** A placeholder never filled, or a value that was not one: "{name}", "undefined", "NaN", "[object". */
export function leftoversIn(text: string): string[] {
  return text.match(/\{\w+\}|\bundefined\b|\bNaN\b|\[object|\bnull\b/g) ?? [];
}

/** The problems of one English text, for a readable failure: 'words: e, di' etc. */
export function englishProblems(text: string): string[] {
  const problems: string[] = [];
  const words = italianWordsIn(text);
  if (words.length > 0) problems.push(`Italian words: ${[...new Set(words)].join(', ')}`);
  const left = leftoversIn(text);
  if (left.length > 0) problems.push(`not filled: ${left.join(', ')}`);
  return problems;
}
