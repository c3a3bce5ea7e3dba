import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, GraphQLEnumType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { enumValuesAreTheirNames } from '../../src/server/compiled-execution';
import { buildHubSchema } from '../../src/server/schema';

/**
 * Compiled queries skip the serializer of built-in scalars and enums only while every enum value is
 * its own name (compiled-execution.ts). An enum added with other internal values must not be sent
 * as those values: the check turns the serializers back on, and this test says it happened.
 */
describe('leaf serialization of compiled queries', () => {
  it('finds every enum of the hub serialising a value as its name', async () => {
    expect(enumValuesAreTheirNames(await buildHubSchema(createPubSub()))).toBe(true);
  });

  it('tells an enum whose internal values differ from its names', () => {
    expect(enumValuesAreTheirNames(buildSchema('enum Status { OPEN CLOSED } type Query { status: Status }'))).toBe(true);
    const status = new GraphQLEnumType({ name: 'Status', values: { OPEN: { value: 'open' }, CLOSED: { value: 'closed' } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { status: { type: status } } }) });
    expect(enumValuesAreTheirNames(schema)).toBe(false);
  });
});
