/**
 * The pane's styles: style objects (camelCase properties, nested `:pseudo`, `&` selectors and
 * `@media` blocks) turned into CSS rules, one class per named rule, all in one <style> element.
 * Rules are added in the order the modules define them (the UI layer's first), so that a later
 * class wins over an earlier one of the same specificity, as `mergeClasses` callers expect.
 */

export type StyleValue = string | number | undefined;
export interface StyleRule {
  [key: string]: StyleValue | StyleRule;
}

const pending: string[] = [];
let counter = 0;

const property = (name: string): string =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The CSS of one rule for `selector`, its nested selectors and media queries after it. */
export function toCss(selector: string, rule: StyleRule): string {
  let own = '';
  let nested = '';
  for (const [key, value] of Object.entries(rule)) {
    if (value === undefined) continue;
    if (typeof value === 'object') {
      if (key.startsWith('@')) nested += `${key}{${toCss(selector, value)}}`;
      else {
        const inner = key
          .split(',')
          .map((part) => (part.includes('&') ? part.replace(/&/g, selector) : selector + part.trim()))
          .join(',');
        nested += toCss(inner, value);
      }
    } else own += `${property(key)}:${value};`;
  }
  return (own ? `${selector}{${own}}` : '') + nested;
}

/** Adds CSS text to the page, after everything added before (at the first render). */
export function addCss(css: string): void {
  pending.push(css);
}

/** Writes what was added since the last call into the page's one <style> element. */
export function flushStyles(): void {
  if (pending.length === 0 || typeof document === 'undefined') return;
  let element = document.getElementById('casa-styles');
  if (!element) {
    element = document.createElement('style');
    element.id = 'casa-styles';
    document.head.appendChild(element);
  }
  element.appendChild(document.createTextNode(pending.splice(0).join('')));
}

/** Style objects by name -> a hook giving each name its class. */
export function makeStyles<K extends string>(rules: Record<K, StyleRule>): () => Record<K, string> {
  const classes = {} as Record<K, string>;
  let css = '';
  for (const name of Object.keys(rules) as K[]) {
    const className = `c${(counter++).toString(36)}`;
    classes[name] = className;
    css += toCss(`.${className}`, rules[name]);
  }
  addCss(css);
  return () => {
    flushStyles();
    return classes;
  };
}

/** The classes given, the falsy ones left out. */
export function mergeClasses(...classes: (string | false | undefined | null)[]): string {
  return classes.filter(Boolean).join(' ');
}

/** A visible outline around an element that has the keyboard focus (not after a click). */
export function createFocusOutlineStyle(): StyleRule {
  return {
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': {
      outline: 'var(--strokeWidthThick) solid var(--colorStrokeFocus2)',
      outlineOffset: 'calc(-1 * var(--strokeWidthThick))',
    },
  };
}
