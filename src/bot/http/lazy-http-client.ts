// The Teams SDK clones its HTTP client several times for every inbound activity (the API clients,
// two Graph clients), and each teams.common Client makes an axios instance as it is made: about
// a third of a millisecond per activity, more than the whole search. The message extension answers
// invokes in the HTTP response and seldom calls out, so the clones here make their axios instance
// when they first send a request. This leans on the fields of teams.common 2.1's Client;
// lazy-http-client.spec.ts checks that a lazy clone still sends exactly what a plain one sends.
import { Client, ConsoleLogger, type ClientOptions } from '@microsoft/teams.common';

type Headers = ClientOptions['headers'];

function userAgentOf(headers: Headers): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'user-agent');
  return key ? String(headers[key]) : undefined;
}

/** the options Client.clone would give the copy: headers merged, user agents joined, interceptors and middlewares kept */
function clonedOptions(
  parent: ClientOptions,
  child: ClientOptions | undefined,
  interceptors: readonly NonNullable<ClientOptions['interceptors']>[number][],
  middlewares: readonly NonNullable<ClientOptions['middlewares']>[number][],
): ClientOptions {
  const parentAgent = userAgentOf(parent.headers);
  const childAgent = userAgentOf(child?.headers);
  const agent = parentAgent && childAgent ? `${childAgent} ${parentAgent}` : childAgent || parentAgent;
  const headers: Record<string, unknown> = { ...parent.headers, ...child?.headers };
  if (agent) {
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'user-agent') delete headers[key];
    headers['User-Agent'] = agent;
  }
  return { ...parent, ...child, headers: headers as Headers, interceptors: [...interceptors], middlewares: [...middlewares] };
}

/** the fields Client's constructor sets, as this class writes them on an instance made without it */
interface ClientFields {
  options: ClientOptions;
  name: string;
  token: ClientOptions['token'];
  log: unknown;
  seq: number;
  _interceptors: Map<number, unknown>;
  _middlewares: Map<number, unknown>;
}

export class LazyHttpClient extends Client {
  override clone(options?: ClientOptions): Client {
    const merged = clonedOptions(this.options, options, this.interceptors, this.middlewares);
    // interceptors are registered on the axios instance itself: such a copy is made at once
    if ((merged.interceptors?.length ?? 0) > 0) return new LazyHttpClient(merged);
    return LazyHttpClient.withoutAxios(merged);
  }

  private static withoutAxios(options: ClientOptions): LazyHttpClient {
    const client = Object.create(LazyHttpClient.prototype) as LazyHttpClient;
    const fields: ClientFields = {
      options,
      name: options.name || 'http',
      token: options.token,
      log: options.logger ?? new ConsoleLogger(options.name || 'http'),
      seq: 0,
      _interceptors: new Map(),
      _middlewares: new Map(),
    };
    Object.assign(client, fields);
    for (const middleware of options.middlewares ?? []) client.use(middleware);
    return client;
  }

  /** @internal the axios instance of a lazy copy, made by a plain construction with the copy's options */
  static axiosFor(options: ClientOptions): unknown {
    return new LazyHttpClient({ ...options, interceptors: [], middlewares: [] }).http;
  }
}

// A constructed client has its own `http` field, which hides this accessor; a copy made by
// withoutAxios has none, so its first request lands here.
Object.defineProperty(LazyHttpClient.prototype, 'http', {
  configurable: true,
  get(this: LazyHttpClient & { options: ClientOptions }) {
    const http = LazyHttpClient.axiosFor(this.options);
    Object.defineProperty(this, 'http', { value: http, writable: true, configurable: true, enumerable: true });
    return http;
  },
  set(this: LazyHttpClient, value: unknown) {
    Object.defineProperty(this, 'http', { value, writable: true, configurable: true, enumerable: true });
  },
});
