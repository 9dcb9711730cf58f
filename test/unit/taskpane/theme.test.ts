import { darkTheme as webDarkTheme, lightTheme as webLightTheme } from '../../../src/taskpane/ui';
import { isDark, luminance, themeFor } from '../../../src/taskpane/theme';

describe('the pane follows Office’s theme', () => {
  test.each([
    ['White', { bodyBackgroundColor: '#FFFFFF', isDarkTheme: false }, webLightTheme],
    ['Colorful', { bodyBackgroundColor: '#E6E6E6', isDarkTheme: false }, webLightTheme],
    ['Black', { bodyBackgroundColor: '#262626', isDarkTheme: true }, webDarkTheme],
    ['Dark Gray, older Office without isDarkTheme', { bodyBackgroundColor: '#444' }, webDarkTheme],
    ['Black, older Office without isDarkTheme', { bodyBackgroundColor: '#262626' }, webDarkTheme],
    ['no theme reported (outside Office)', undefined, webLightTheme],
    ['an unreadable colour', { bodyBackgroundColor: 'transparent' }, webLightTheme],
  ])('%s', (_name, officeTheme, expected) => {
    expect(themeFor(officeTheme)).toBe(expected);
  });

  test('luminance of colours as WCAG defines it', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(luminance('#000')).toBe(0);
    expect(luminance('#262626')).toBeCloseTo(0.0194, 4);
    expect(luminance('red')).toBeUndefined();
    expect(isDark({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe(false);
  });
});
