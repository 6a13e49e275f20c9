// What jsdom lacks and the app expects of a browser: ResizeObserver (Fluent's message bar reflows
// with it), matchMedia, and structuredClone (IndexedDB clones what it stores). Layout never happens
// in jsdom, so observers that never fire are faithful.
import { deserialize, serialize } from 'node:v8';

const win = globalThis as unknown as Record<string, unknown>;

if (typeof win.ResizeObserver === 'undefined') {
  win.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (typeof win.structuredClone !== 'function') {
  win.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false }) as MediaQueryList;
}

export {};
