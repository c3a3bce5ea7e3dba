import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { getMetadataStorage } from 'type-graphql';
import { buildHubSchema, resolvers } from '../../src/server/schema';

/**
 * Every root field must be decorated with @Authorized (with or without roles): a forgotten
 * decorator would serve data to anonymous callers. Checked on the metadata rather than with a
 * per-field middleware, which would make every field of every response asynchronous.
 */
describe('authorization coverage', () => {
  it('puts every query, mutation and subscription behind @Authorized', async () => {
    await buildHubSchema(createPubSub());
    const storage = getMetadataStorage();
    const ours = new Set<Function>(resolvers);
    const rootFields = [
      ...storage.queries.map((field) => ({ kind: 'Query', field })),
      ...storage.mutations.map((field) => ({ kind: 'Mutation', field })),
      ...storage.subscriptions.map((field) => ({ kind: 'Subscription', field })),
    ].filter(({ field }) => ours.has(field.target));
    expect(rootFields.length).toBeGreaterThan(60);
    const unguarded = rootFields.filter(({ field }) => field.roles === undefined).map(({ kind, field }) => `${kind}.${field.schemaName}`);
    expect(unguarded).toEqual([]);
  });
});
