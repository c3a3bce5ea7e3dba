import { lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker, RequireViewerOnRootFields } from './authorization';
import type { HubPubSub } from './pubsub';
import { GeographyResolver, RegionResolver, SchoolResolver } from '../modules/geography/geography.resolver';

/** Every resolver of the hub; feature modules add theirs here. */
export const resolvers: NonEmptyArray<Function> = [GeographyResolver, RegionResolver, SchoolResolver];

export function buildHubSchema(pubSub: HubPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [RequireViewerOnRootFields],
    pubSub,
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printHubSchema(): Promise<string> {
  const schema = await buildHubSchema(createPubSub());
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
