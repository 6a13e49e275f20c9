// What the resource handlers share: the engine's services, the list a path names, links.
import { SYSTEM_FIELD_NAMES } from '../builtin-columns';
import type { Db } from '../database';
import type { FaultController } from '../faults';
import { GraphError, badRequest } from '../graph-error';
import type { GraphRequest, GraphResponse } from '../graph-request';
import { unknownFieldMessage, type ItemRepository } from '../item-repository';
import type { ListRecord, ListRepository } from '../list-repository';
import { option, parseExpand, parseSelect, type ExpandOption } from '../odata-query';
import type { FieldSelection, RenderContext } from '../render';
import type { LocalSite } from '../site';
import type { SiteUser, SiteUsers } from '../site-users';
import type { ListPermissions } from '../types';

export interface EngineContext {
  db: Db;
  site: LocalSite;
  users: SiteUsers;
  lists: ListRepository;
  items: ItemRepository;
  faults: FaultController;
  listViewThreshold: number;
  /** a locked tenant's list permissions (local mode); every list is everyone's without */
  listPermissions?: ListPermissions;
  epoch: string;
  now(): string;
  /** runs a change in one immediate transaction: all of it is written, or nothing */
  write<T>(change: () => T): T;
  /** runs reads on one snapshot */
  read<T>(reads: () => T): T;
  /** answers a request (used by $batch for its sub-requests) */
  handle(request: GraphRequest): GraphResponse;
}

/** once per request: the origin is parsed here, not for every item rendered */
export const renderContext = (ctx: EngineContext, req: GraphRequest): RenderContext => ({
  siteWebUrl: ctx.site.webUrl(new URL(req.baseUrl).origin),
  site: ctx.site,
  users: ctx.users,
});

export function requireSite(ctx: EngineContext, segment: string): void {
  if (!ctx.site.matches(segment)) throw new GraphError(404, 'itemNotFound', `Requested site could not be found: '${segment}'.`);
}

export function requireList(ctx: EngineContext, siteSegment: string, listSegment: string): ListRecord {
  requireSite(ctx, siteSegment);
  const list = ctx.lists.find(listSegment);
  if (!list) throw new GraphError(404, 'itemNotFound', `The list '${listSegment}' does not exist on this site.`);
  return list;
}

const accessDenied = (): GraphError => new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');

/** whether the person of the request may read (or change) the list's items, as its permissions say */
export function mayAccess(ctx: EngineContext, req: GraphRequest, list: ListRecord, access: 'read' | 'write'): boolean {
  const permissions = ctx.listPermissions;
  const rule = permissions?.lists[list.displayName];
  if (!permissions || !rule || permissions.appIds.includes(req.user.oid)) return true;
  if (rule.writers.includes(req.user.oid)) return true;
  return access === 'read' && (rule.readers === 'everyone' || rule.readers.includes(req.user.oid));
}

/** SharePoint's answer to reading a list whose permissions leave the person out */
export function requireListReader(ctx: EngineContext, req: GraphRequest, list: ListRecord): void {
  if (!mayAccess(ctx, req, list, 'read')) throw accessDenied();
}

/** the list a path names, once the person may read it */
export function requireReadableList(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): ListRecord {
  const list = requireList(ctx, siteSegment, listSegment);
  requireListReader(ctx, req, list);
  return list;
}

/** SharePoint's answer to a change on a list whose permissions leave the person out */
export function requireListWriter(ctx: EngineContext, req: GraphRequest, list: ListRecord): void {
  if (!mayAccess(ctx, req, list, 'write')) throw accessDenied();
}

export const actingSiteUser = (ctx: EngineContext, req: GraphRequest): SiteUser => ctx.users.ensure(req.user);

/** refuses `$` options the endpoint does not support, instead of ignoring them */
export function allowOptions(req: GraphRequest, allowed: readonly string[]): void {
  for (const key of req.query.keys()) {
    const bare = key.startsWith('$') ? key.slice(1).toLowerCase() : key.toLowerCase();
    const isODataOption = key.startsWith('$') || ['select', 'expand', 'filter', 'orderby', 'top', 'skip', 'skiptoken', 'count', 'search'].includes(bare);
    if (isODataOption && !allowed.includes(bare)) {
      throw badRequest(`The query option '${key}' is not supported on this endpoint by the local emulator.`);
    }
  }
}

export function expandOptions(req: GraphRequest, allowed: readonly string[]): Map<string, ExpandOption> {
  const text = option(req.query, 'expand');
  const expand = text === null ? new Map<string, ExpandOption>() : parseExpand(text);
  for (const name of expand.keys()) if (!allowed.includes(name)) throw badRequest(`Expanding '${name}' is not supported here by the local emulator.`);
  return expand;
}

export function selectOption(req: GraphRequest): ReadonlySet<string> | undefined {
  const text = option(req.query, 'select');
  const names = text === null ? undefined : parseSelect(text);
  return names ? new Set(names) : undefined;
}

/** the fields `$expand=fields($select=…)` asks for; every name must be a field of the list */
export function fieldSelection(list: ListRecord, expand: Map<string, ExpandOption>): FieldSelection | undefined {
  const fields = expand.get('fields');
  if (!fields) return undefined;
  if (!fields.select) return { all: true };
  for (const name of fields.select) {
    if (name === '@odata.etag' || SYSTEM_FIELD_NAMES.has(name) || list.byFieldKey.has(name)) continue;
    throw badRequest(unknownFieldMessage(list, name));
  }
  return { all: false, names: new Set(fields.select) };
}

/** an absolute link below the base, with query options in the form Graph writes them */
export function link(req: GraphRequest, path: string, params: [string, string][]): string {
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${req.baseUrl}${path}${query ? `?${query}` : ''}`;
}

/** the query options of this request worth carrying into its next link */
export function carriedOptions(req: GraphRequest, names: readonly string[]): [string, string][] {
  const carried: [string, string][] = [];
  for (const name of names) {
    const value = option(req.query, name);
    if (value !== null) carried.push([`$${name}`, value]);
  }
  return carried;
}

export const listPath = (ctx: EngineContext, list: ListRecord): string => `/sites/${ctx.site.id}/lists/${list.id}`;
