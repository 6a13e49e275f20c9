// What Fluent's atomic style rules give an element, for specs that check a style jsdom does not
// lay out (a colour, a wrapping): rendered with every rule, not only those a query needs.

/** the declarations of the style rules whose selector is one class the element carries, the last in sheet order */
export function declared(element: Element, property: string): string | undefined {
  let value: string | undefined;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule) || !/^\.[\w-]+$/.test(rule.selectorText)) continue;
      if (!element.classList.contains(rule.selectorText.slice(1))) continue;
      const found = rule.style.getPropertyValue(property);
      if (found) value = found;
    }
  }
  return value;
}
