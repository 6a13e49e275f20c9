// An item query ($filter, $orderby, paging) made into SQL, with SharePoint's index rule: a field
// that is not indexed may only be filtered or sorted on with the Prefer header, and then only
// while the list stays under the list view threshold; one indexed field per filter.
import { fieldKey, filterValue, type ColumnRecord } from './column-types';
import { columnSql } from './field-sql';
import { badRequest, GraphError } from './graph-error';
import { ITEM_COLUMNS, unknownFieldMessage } from './item-repository';
import type { ListRecord } from './list-repository';
import type { FilterNode, OrderKey } from './odata-query';
import type { ItemPagePosition } from './paging-token';

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export interface ItemQueryInput {
  filter?: FilterNode;
  orderBy: OrderKey[];
  /** the request carried `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` */
  honorNonIndexed: boolean;
  itemCount: number;
  threshold: number;
}

export interface CompiledItemQuery {
  where: string;
  params: (string | number)[];
  orderSql: string;
  /** a custom order pages by offset; the default order (by id) pages by the last id */
  customOrder: boolean;
}

const SQL_OPERATORS = { eq: '=', ne: '!=', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;
// properties of the listItem itself that stand for fields
const ITEM_PROPERTY_FIELDS: Record<string, string> = { id: 'ID', createdDateTime: 'Created', lastModifiedDateTime: 'Modified' };

function resolveColumn(list: ListRecord, property: string): ColumnRecord {
  let key: string | undefined;
  if (property.startsWith('fields/')) {
    key = property.slice('fields/'.length);
    if (key === 'id') key = 'ID';
  } else key = ITEM_PROPERTY_FIELDS[property];
  if (key === undefined) throw badRequest(`Could not find a property named '${property}' on type 'microsoft.graph.listItem'; list fields are referenced as 'fields/Name'.`);
  const column = list.byFieldKey.get(key);
  if (!column) throw badRequest(unknownFieldMessage(list, key));
  return column;
}

export function compileItemQuery(list: ListRecord, input: ItemQueryInput): CompiledItemQuery {
  const params: (string | number)[] = [];
  const filterColumns = new Set<ColumnRecord>();
  const compile = (node: FilterNode): string => {
    if (node.kind !== 'compare') return `(${compile(node.left)} ${node.kind === 'and' ? 'AND' : 'OR'} ${compile(node.right)})`;
    const column = resolveColumn(list, node.property);
    filterColumns.add(column);
    const { expr, collate } = columnSql(column);
    const value = filterValue(column, node.literal);
    if (value === null) {
      if (node.operator === 'eq') return `${expr} IS NULL`;
      if (node.operator === 'ne') return `${expr} IS NOT NULL`;
      throw badRequest(`Field '${fieldKey(column)}' can only be compared with null by eq or ne.`);
    }
    params.push(value);
    // OData: null ne 'x' is true
    if (node.operator === 'ne') return `(${expr} IS NULL OR ${expr}${collate} != ?)`;
    return `${expr}${collate} ${SQL_OPERATORS[node.operator]} ?`;
  };
  const where = input.filter ? compile(input.filter) : '';
  const orderColumns = input.orderBy.map((key) => ({ column: resolveColumn(list, key.property), descending: key.descending }));

  const indexedInFilter = [...filterColumns].filter((c) => c.indexed);
  if (indexedInFilter.length > 1) {
    throw badRequest(`Only one indexed field can be filtered on at a time; this filter uses ${indexedInFilter.map((c) => `'${fieldKey(c)}'`).join(' and ')}.`);
  }
  for (const column of new Set([...filterColumns, ...orderColumns.map((o) => o.column)])) {
    if (column.indexed) continue;
    if (!input.honorNonIndexed) {
      throw badRequest(
        `Field '${fieldKey(column)}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    if (input.itemCount > input.threshold) {
      throw new GraphError(400, 'notSupported', 'The request is unprocessable because it uses too many resources', 'tooManyResources');
    }
  }

  const order = orderColumns.map(({ column, descending }) => {
    const { expr, collate } = columnSql(column);
    return `${expr}${collate} ${descending ? 'DESC' : 'ASC'}`;
  });
  const byId = orderColumns.some(({ column }) => column.builtin && column.name === 'ID');
  if (!byId) order.push('item_id ASC');
  return { where, params, orderSql: order.join(', '), customOrder: orderColumns.length > 0 };
}

/** the SQL of one page; it asks for one row more than the page, to know whether another follows */
export function itemPageSql(list: ListRecord, query: CompiledItemQuery, position: ItemPagePosition | undefined, pageSize: number): { sql: string; params: (string | number)[] } {
  const conditions = ['list_pk = ?'];
  const params: (string | number)[] = [list.pk];
  if (query.where) {
    conditions.push(query.where);
    params.push(...query.params);
  }
  if (position && 'afterId' in position) {
    if (query.customOrder) throw badRequest('The $skiptoken does not belong to this query.');
    conditions.push('item_id > ?');
    params.push(position.afterId);
  }
  // with a filter, `+item_id` keeps SQLite from walking the primary key in id order (to save a
  // sort) instead of using the filtered column's index, which it would do without statistics
  const orderSql = query.where && !query.customOrder ? query.orderSql.replace(/^item_id ASC$/, '+item_id ASC') : query.orderSql;
  let sql = `SELECT ${ITEM_COLUMNS} FROM items WHERE ${conditions.join(' AND ')} ORDER BY ${orderSql} LIMIT ?`;
  params.push(pageSize + 1);
  if (position && 'offset' in position) {
    if (!query.customOrder) throw badRequest('The $skiptoken does not belong to this query.');
    sql += ' OFFSET ?';
    params.push(position.offset);
  }
  return { sql, params };
}
