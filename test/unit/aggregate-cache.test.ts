import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { aggregateCachePlugin, AnswerCache } from '../../src/server/aggregate-cache';

describe('AnswerCache', () => {
  it('answers only under the versions an answer was stored with', () => {
    const cache = new AnswerCache(10, 1000);
    cache.set('q', '1,1', { answer: 1 }, 10);
    expect(cache.get('q', '1,1')).toEqual({ answer: 1 });
    expect(cache.get('q', '1,2')).toBeNull();
    expect(cache.get('other', '1,1')).toBeNull();
  });

  it('evicts the least recently used answer beyond its entries', () => {
    const cache = new AnswerCache(2, 1000);
    cache.set('a', 'v', { a: 1 }, 10);
    cache.set('b', 'v', { b: 1 }, 10);
    cache.get('a', 'v');
    cache.set('c', 'v', { c: 1 }, 10);
    expect([cache.get('a', 'v'), cache.get('b', 'v'), cache.get('c', 'v')]).toEqual([{ a: 1 }, null, { c: 1 }]);
    expect(cache.size).toBe(2);
  });

  it('keeps the answers within its bytes and never stores one larger than all of them', () => {
    const cache = new AnswerCache(10, 100);
    cache.set('a', 'v', { a: 1 }, 60);
    cache.set('b', 'v', { b: 1 }, 60);
    expect([cache.get('a', 'v'), cache.get('b', 'v'), cache.totalBytes]).toEqual([null, { b: 1 }, 60]);
    cache.set('huge', 'v', { huge: 1 }, 101);
    expect(cache.get('huge', 'v')).toBeNull();
    // Replacing an answer gives back its bytes.
    cache.set('b', 'w', { b: 2 }, 30);
    expect([cache.size, cache.totalBytes]).toEqual([1, 30]);
  });
});

describe('aggregateCachePlugin', () => {
  const schema = buildSchema('type Query { representation: RepresentationReport } type RepresentationReport { sessionCount: Int }');
  const source = '{ representation { sessionCount } }';
  const document = parse(source);
  /** No data_version rows: every table at version 0. */
  const contextValue = { viewer: null, em: { getConnection: () => ({ execute: async () => [] }) } };

  /** One request through the plugin's hooks: the cached body, or null after "executing" to `executed`. */
  async function request(plugin: ReturnType<typeof aggregateCachePlugin>, executed: { data: Record<string, unknown> | null; errors?: { message: string }[] }) {
    const listener = (await plugin.requestDidStart!({} as never))!;
    const requestContext = {
      schema,
      document,
      source,
      operation: document.definitions[0] as OperationDefinitionNode,
      request: { variables: {} },
      contextValue,
      response: { http: { headers: new Map() }, body: { kind: 'single', singleResult: executed } },
    };
    const cached = await listener.responseForOperation!(requestContext as never);
    if (cached) return cached.body;
    await listener.willSendResponse!(requestContext as never);
    return null;
  }
  const newPlugin = () => aggregateCachePlugin({ AGGREGATE_CACHE_ENTRIES: 10, AGGREGATE_CACHE_MEGABYTES: 1 }, null);

  it('answers a repeated operation from an answer without errors', async () => {
    const plugin = newPlugin();
    const data = { representation: { sessionCount: 1 } };
    expect(await request(plugin, { data })).toBeNull();
    expect(await request(plugin, { data: null })).toEqual({ kind: 'single', singleResult: { data } });
  });

  it('never keeps an answer with errors, even one with data', async () => {
    const plugin = newPlugin();
    expect(await request(plugin, { data: { representation: null }, errors: [{ message: 'failed' }] })).toBeNull();
    expect(await request(plugin, { data: { representation: { sessionCount: 1 } } })).toBeNull();
  });

  it('does nothing with AGGREGATE_CACHE_ENTRIES 0', () => {
    expect(aggregateCachePlugin({ AGGREGATE_CACHE_ENTRIES: 0, AGGREGATE_CACHE_MEGABYTES: 1 }, null)).toEqual({});
  });
});
