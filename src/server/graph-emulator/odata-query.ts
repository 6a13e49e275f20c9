// The OData query options the emulator understands: $filter (comparisons joined by and/or),
// $orderby, $expand (with a nested $select), $select and $top. Anything else is refused with
// the reason, so a query that would behave differently on SharePoint never passes silently.
import type { FilterLiteral } from './column-types';
import { badRequest } from './graph-error';

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; property: string; operator: ComparisonOperator; literal: FilterLiteral };

export interface OrderKey {
  property: string;
  descending: boolean;
}

export interface ExpandOption {
  /** the fields asked for with `($select=…)`; undefined for all */
  select?: string[];
}

const OPERATORS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const DATE_TIME_LITERAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const NUMBER_LITERAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const PROPERTY = /^[A-Za-z_@][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;
/** brackets nested deeper than this are refused: the parser recurses once per level */
export const MAX_FILTER_DEPTH = 32;
/** comparisons in one $filter: the tree is walked recursively when the query is built */
export const MAX_FILTER_COMPARISONS = 200;

type Token = { type: 'open' | 'close' | 'comma' } | { type: 'string'; value: string } | { type: 'word'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c === '(' ? 'open' : c === ')' ? 'close' : 'comma' });
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw badRequest(`Invalid $filter: a text literal is not closed: ${text}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ type: 'string', value });
    } else {
      let word = '';
      while (i < text.length && !/[\s(),']/.test(text[i] as string)) word += text[i++];
      tokens.push({ type: 'word', value: word });
    }
  }
  return tokens;
}

/** parses a `$filter` expression */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let at = 0;
  const peekWord = (): string | undefined => {
    const t = tokens[at];
    return t?.type === 'word' ? t.value.toLowerCase() : undefined;
  };
  const quoted = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  const fail = (why: string): never => {
    throw badRequest(`Invalid $filter '${quoted}': ${why}.`);
  };
  let comparisonsSoFar = 0;

  const literal = (): FilterLiteral => {
    const t = tokens[at++];
    if (!t) return fail('a value is missing at the end');
    if (t.type === 'string') return { type: 'string', value: t.value };
    if (t.type !== 'word') return fail('a value was expected');
    const word = t.value;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') return { type: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { type: 'null' };
    if ((lower === 'datetime' || lower === 'datetimeoffset') && tokens[at]?.type === 'string') {
      const quoted = tokens[at++] as { value: string };
      return { type: 'dateTime', value: quoted.value };
    }
    if (DATE_TIME_LITERAL.test(word) && word.includes('-')) return { type: 'dateTime', value: word };
    if (NUMBER_LITERAL.test(word)) return { type: 'number', value: Number(word) };
    return fail(`'${word}' is not a value (texts go in single quotes)`);
  };

  const comparison = (): FilterNode => {
    const t = tokens[at];
    if (!t || t.type !== 'word') return fail('a field such as fields/Name was expected');
    if (tokens[at + 1]?.type === 'open') return fail(`the function '${t.value}' is not supported by the local emulator`);
    if (!PROPERTY.test(t.value)) return fail(`'${t.value}' is not a property`);
    if (++comparisonsSoFar > MAX_FILTER_COMPARISONS) return fail(`it has more than ${MAX_FILTER_COMPARISONS} comparisons`);
    at++;
    const operator = peekWord();
    if (!operator || !OPERATORS.has(operator)) return fail(`after '${t.value}' one of eq, ne, gt, ge, lt, le was expected`);
    at++;
    return { kind: 'compare', property: t.value, operator: operator as ComparisonOperator, literal: literal() };
  };

  let depth = 0;
  const primary = (): FilterNode => {
    if (tokens[at]?.type === 'open') {
      if (++depth > MAX_FILTER_DEPTH) return fail(`brackets are nested more than ${MAX_FILTER_DEPTH} deep`);
      at++;
      const inner = or();
      if (tokens[at]?.type !== 'close') return fail('a closing parenthesis is missing');
      at++;
      depth--;
      return inner;
    }
    if (peekWord() === 'not') return fail("'not' is not supported by the local emulator");
    return comparison();
  };

  const and = (): FilterNode => {
    let left = primary();
    while (peekWord() === 'and') {
      at++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };

  const or = (): FilterNode => {
    let left = and();
    while (peekWord() === 'or') {
      at++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  if (tokens.length === 0) return fail('it is empty');
  const tree = or();
  if (at < tokens.length) fail('unexpected text after the expression');
  return tree;
}

export function* comparisons(node: FilterNode): Generator<Extract<FilterNode, { kind: 'compare' }>> {
  if (node.kind === 'compare') yield node;
  else {
    yield* comparisons(node.left);
    yield* comparisons(node.right);
  }
}

/** parses `$orderby=fields/A desc, fields/B` */
export function parseOrderBy(text: string): OrderKey[] {
  return splitTopLevel(text).map((part) => {
    const words = part.trim().split(/\s+/);
    const [property, direction, ...rest] = words;
    if (!property || !PROPERTY.test(property) || rest.length > 0 || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw badRequest(`Invalid $orderby '${text}': expected 'fields/Name' followed by asc or desc.`);
    }
    return { property, descending: direction?.toLowerCase() === 'desc' };
  });
}

/** parses `$expand=fields($select=A,B),columns` into its names and options */
export function parseExpand(text: string): Map<string, ExpandOption> {
  const expand = new Map<string, ExpandOption>();
  for (const part of splitTopLevel(text)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?\s*$/s.exec(part);
    if (!match) throw badRequest(`Invalid $expand '${text}'.`);
    const name = match[1] as string;
    const option: ExpandOption = {};
    for (const clause of (match[2] ?? '').split(';').filter((c) => c.trim() !== '')) {
      const nested = /^\s*\$?select\s*=\s*(.*)$/is.exec(clause);
      if (!nested) throw badRequest(`Invalid $expand '${text}': only $select is supported inside ${name}(…).`);
      option.select = parseSelect(nested[1] as string);
    }
    expand.set(name, option);
  }
  return expand;
}

/** parses `$select=A,B`; `*` means all (undefined) */
export function parseSelect(text: string): string[] | undefined {
  const names = text.split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (names.includes('*')) return undefined;
  for (const name of names) if (!/^[A-Za-z_@][A-Za-z0-9_.]*$/.test(name)) throw badRequest(`Invalid $select: '${name}' is not a property name.`);
  return names;
}

/** parses `$top`, within 1..max */
export function parseTop(text: string | null, fallback: number, max: number): number {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw badRequest(`Invalid $top '${text}': expected a whole number of at least 1.`);
  return Math.min(Number(text), max);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')') depth--;
    if (!quoted && depth === 0 && c === ',') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '' || parts.length > 0) parts.push(current);
  return parts.filter((p) => p.trim() !== '');
}

/**
 * the query options of a request, from a raw (`$expand`) or encoded (`%24expand`, `+` for space)
 * query string; an option given twice is refused
 */
export function readQueryOptions(search: string): URLSearchParams {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    const normal = key.toLowerCase();
    if (seen.has(normal)) throw badRequest(`The query option '${key}' is given more than once.`);
    seen.add(normal);
  }
  return params;
}

/** a query option by name, with or without its `$` */
export function option(params: URLSearchParams, name: string): string | null {
  for (const [key, value] of params) {
    const bare = key.startsWith('$') ? key.slice(1) : key;
    if (bare.toLowerCase() === name.toLowerCase()) return value;
  }
  return null;
}
