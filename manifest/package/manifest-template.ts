// Filling `${{NAME}}` placeholders in a parsed JSON template. Values go into string values only,
// after parsing, so a value can never change the JSON's structure. An array element that is
// exactly one placeholder of a list value becomes that list's elements.
import { PackageError } from './package-error';

export type TemplateValue = string | readonly string[];
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const PLACEHOLDER = /\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g;
const WHOLE_PLACEHOLDER = /^\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** a JSON path as the localisation files write it: `composeExtensions[0].commands[1].title` */
export function jsonPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/** the template with every placeholder filled; every unknown or list-in-a-string placeholder reported with where it is */
export function fillTemplate<T>(template: T, values: TemplateValues, templateName: string): T {
  const problems: string[] = [];

  const fillString = (text: string, path: string): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) {
        problems.push(`${templateName}: ${path} uses \${{${name}}}, which has no value`);
        return whole;
      }
      if (typeof value !== 'string') {
        problems.push(`${templateName}: ${path} uses the list \${{${name}}} inside a text; put it alone in an array`);
        return whole;
      }
      return value;
    });

  const fill = (node: Json, path: string): Json => {
    if (typeof node === 'string') return fillString(node, path);
    if (Array.isArray(node)) {
      const out: Json[] = [];
      node.forEach((item, index) => {
        const whole = typeof item === 'string' ? WHOLE_PLACEHOLDER.exec(item) : null;
        const listValue = whole ? values[whole[1]!] : undefined;
        if (Array.isArray(listValue)) out.push(...listValue);
        else out.push(fill(item, jsonPath(path, index)));
      });
      return out;
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child, jsonPath(path, key))]));
    }
    return node;
  };

  const filled = fill(template as Json, '') as T;
  if (problems.length > 0) throw new PackageError(problems);
  return filled;
}
