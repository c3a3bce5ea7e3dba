import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { MAX_PAGE_SIZE } from '../modules/shared/connection';

export interface QueryLimits {
  maxDepth: number;
  /** Estimated returned nodes: list fields multiply their children by `first` (or a default page). */
  maxCost: number;
}

const DEFAULT_LIST_SIZE = 50;

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details } });
}

/**
 * Rejects deep or expensive operations before they run, so one dashboard query cannot
 * tie up the database. Cost is a static estimate: each field costs 1, multiplied by the
 * page size of every enclosing paginated field.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const measure = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number } => {
      let maxDepth = depth;
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet) {
            cost += 1;
            continue;
          }
          const firstArgument = selection.arguments?.find((argument) => argument.name.value === 'first');
          let multiplier = firstArgument ? DEFAULT_LIST_SIZE : 1;
          if (firstArgument?.value.kind === Kind.INT) multiplier = Number(firstArgument.value.value);
          else if (firstArgument?.value.kind === Kind.VARIABLE) multiplier = MAX_PAGE_SIZE;
          const child = measure(selection.selectionSet, depth + 1, seen);
          maxDepth = Math.max(maxDepth, child.depth);
          cost += 1 + multiplier * child.cost;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const child = measure(selection.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, child.depth);
          cost += child.cost;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const child = measure(fragment.selectionSet, depth, new Set([...seen, name]));
          maxDepth = Math.max(maxDepth, child.depth);
          cost += child.cost;
        }
      }
      return { depth: maxDepth, cost };
    };

    return {
      OperationDefinition(operation) {
        const { depth, cost } = measure(operation.selectionSet, 0, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(tooComplex(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, { depth, maxDepth: limits.maxDepth }));
        } else if (cost > limits.maxCost) {
          context.reportError(tooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxCost}`, { cost, maxCost: limits.maxCost }));
        }
      },
    };
  };
}
