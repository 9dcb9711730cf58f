/**
 * The pane follows Office's theme (Office.context.officeTheme): the dark theme (Fluent UI's web dark tokens) when Office
 * is dark (Black, Dark Gray), the light one otherwise. Office reports `isDarkTheme` in recent
 * versions; older ones only give the colours, so the body's background decides.
 */
import { darkTheme, lightTheme, type Theme } from './ui';

/** What the pane reads of Office.context.officeTheme (any field may be missing). */
export interface OfficeThemeInfo {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance (WCAG) of a #RRGGBB or #RGB colour; undefined when unreadable. */
export function luminance(color: string): number | undefined {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (offset: number): number => {
    const value = Number.parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDark(officeTheme: OfficeThemeInfo | undefined): boolean {
  if (!officeTheme) return false;
  if (typeof officeTheme.isDarkTheme === 'boolean') return officeTheme.isDarkTheme;
  const background = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return background !== undefined && background < 0.2;
}

export function themeFor(officeTheme: OfficeThemeInfo | undefined): Theme {
  return isDark(officeTheme) ? darkTheme : lightTheme;
}
