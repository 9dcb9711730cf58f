/** The language users see: English when Office's display language is English, Italian otherwise. */
export type Language = 'it' | 'en';

export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'it';
}
