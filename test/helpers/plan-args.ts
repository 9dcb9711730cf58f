/**
 * The 2027 plan the tests print and compare: the rules of R.R. 2/2025 with every content of
 * art. 4 c. 3 in use (both police shares, art. 7 bis and 7 ter; the art. 14 reserve with its
 * categories; measures, lett. f; an owner's declared assignments, lett. g), as command-line
 * arguments after the inventory.
 */
export const ARGS_2027: readonly string[] = [
  '--preset',
  'cremona-2022',
  '--anno',
  '2027',
  '--param',
  'forzePolizia=10%',
  '--param',
  'poliziaLocale=5%',
  '--param',
  'categoriaQuota=12,5%',
  '--param',
  'riservaCategorie=anziani,categoria-aggiuntiva',
  '--param',
  'misure=Fondo per la morosità incolpevole|25.000; Sportello casa|12.500,50; Accompagnamento sociale',
  '--param',
  'Comune di Sesto ed Uniti:assegnatiAnnoPrecedente=2',
];
