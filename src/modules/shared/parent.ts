import { createParameterDecorator, type ResolverData } from 'type-graphql';

/** What `Parent` passes: the resolver data's root, untouched (the schema build recognises it by identity). */
export const parentOf = ({ root }: ResolverData<object>): unknown => root;

/**
 * The object a field belongs to, exactly as its parent's resolver returned it. type-graphql's
 * `Root` decorator copies a plain row into a new instance of the declared class for every field of
 * every row (a fresh id, empty collections, then the row's properties), which on a list of a
 * thousand rows cost more than everything else the fields did. Read paths return plain rows and
 * field resolvers take them as they are.
 */
export function Parent() {
  return createParameterDecorator(parentOf);
}
