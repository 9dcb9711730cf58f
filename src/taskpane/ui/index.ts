/**
 * The pane's small UI layer (React on native HTML elements, Fluent UI v9's look): controls,
 * styles, theme. It replaced @fluentui/react-components to keep the bundle within its budget
 * (issue #12); the names and props are those the pane used, so components read the same.
 */
export * from './components';
export { createFocusOutlineStyle, makeStyles, mergeClasses } from './styles';
export { darkTheme, lightTheme, tokens, type Theme } from './tokens';
