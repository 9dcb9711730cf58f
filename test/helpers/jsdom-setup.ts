/**
 * What the pane expects from a browser and jsdom lacks. Import first in the pane's tests.
 */
import { TextEncoder as NodeTextEncoder } from 'node:util';
import '@testing-library/jest-dom';

/**
 * jsdom computes a style by running the cascade over every stylesheet, for every element the
 * accessibility queries look at: slow over the pane's stylesheet. The tests check behaviour,
 * not layout (the browser tests do), so the computed style is the inline one.
 */
function inlineStyleOnly(element: Element): CSSStyleDeclaration {
  return (element as HTMLElement).style ?? document.createElement('div').style;
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  }
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  window.getComputedStyle = inlineStyleOnly as typeof window.getComputedStyle;
  // Every browser the pane runs in has TextEncoder (the workbook's zip encodes its parts with it);
  // jsdom does not. CompressionStream is left missing: the pane's tests write stored workbooks.
  if (typeof globalThis.TextEncoder === 'undefined') {
    Object.defineProperty(globalThis, 'TextEncoder', { writable: true, value: NodeTextEncoder });
  }
  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }
}

// Rendering the whole pane in jsdom takes about a second on a slow machine.
jest.setTimeout(20_000);
