import type { MetadataStorage } from '@mikro-orm/core';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { BadUserInputError } from '../core/errors';

/** One bad value: where it is in the arguments (`input.capAdjustments[0].moneyPercent`) and what is wrong. */
export interface InputProblem {
  field: string;
  problems: string[];
}

/** Dates are stored in PostgreSQL and shown as ISO strings; four-digit years keep both exact. */
const EARLIEST_DATE = Date.UTC(1000, 0, 1);
const LATEST_DATE = Date.UTC(10000, 0, 1);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UPDATE_INPUT = /^Update(\w+)Input$/;

/**
 * The fields of `Update<Entity>Input` types that may not be null: those backing a non-nullable
 * column or a collection of the entity (`regionId` backs `region`, `focalGroupIds` backs
 * `focalGroups`). Null is how a client clears an optional value, so for these it is refused
 * here rather than failing as a NOT NULL violation in PostgreSQL.
 */
function requiredUpdateFields(schema: GraphQLSchema, metadata: MetadataStorage): Map<string, Set<string>> {
  const required = new Map<string, Set<string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    const entityName = isInputObjectType(type) ? UPDATE_INPUT.exec(type.name)?.[1] : undefined;
    const entity = entityName ? metadata.find(entityName) : undefined;
    if (!isInputObjectType(type) || !entity) continue;
    const fields = new Set<string>();
    for (const field of Object.values(type.getFields())) {
      const property = entity.properties[field.name] ?? entity.properties[field.name.replace(/Ids?$/, '')] ?? entity.properties[field.name.replace(/Ids$/, 's')];
      if (!property) continue;
      if (!property.nullable || property.kind === '1:m' || property.kind === 'm:n') fields.add(field.name);
    }
    required.set(type.name, fields);
  }
  return required;
}

function checkScalar(typeName: string, value: unknown, path: string, idsAreLookedUp: boolean, report: (path: string, problem: string) => void): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) report(path, 'must not contain a NUL character (U+0000)');
    if (LONE_SURROGATE.test(value)) report(path, 'must be valid Unicode text (it contains a lone UTF-16 surrogate)');
    if (typeName === 'ID' && idsAreLookedUp && !UUID.test(value)) report(path, 'is not an id of this hub (ids are UUIDs)');
  } else if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time) || time < EARLIEST_DATE || time >= LATEST_DATE) report(path, 'must be a date between the years 1000 and 9999');
  } else if (typeof value === 'number' && typeName === 'Float') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) report(path, `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`);
  }
}

/**
 * Checks client values once they are coerced to the argument types, before any resolver sees
 * them: text is valid Unicode without NUL, ids are ids, dates and floats are within what the
 * database stores, and no required field of an update is cleared with null.
 */
export class InputChecker {
  private readonly requiredUpdateFields: Map<string, Set<string>>;

  constructor(schema: GraphQLSchema, metadata: MetadataStorage) {
    this.requiredUpdateFields = requiredUpdateFields(schema, metadata);
  }

  /** `idsAreLookedUp`: false where ids only filter events in memory (subscriptions), so any string is harmless. */
  problemsIn(args: readonly GraphQLArgument[], values: Record<string, unknown>, idsAreLookedUp = true): InputProblem[] {
    const problems = new Map<string, string[]>();
    const report = (path: string, problem: string) => problems.set(path, [...(problems.get(path) ?? []), problem]);
    const visit = (type: GraphQLInputType, value: unknown, path: string): void => {
      if (value === null || value === undefined) return;
      const nullable = getNullableType(type);
      if (isListType(nullable)) {
        if (Array.isArray(value)) value.forEach((item, index) => visit(nullable.ofType, item, `${path}[${index}]`));
        else visit(nullable.ofType, value, path);
      } else if (isInputObjectType(nullable)) {
        const record = value as Record<string, unknown>;
        const required = this.requiredUpdateFields.get(nullable.name);
        for (const field of Object.values(nullable.getFields())) {
          const fieldValue = record[field.name];
          if (fieldValue === null && required?.has(field.name)) report(`${path}.${field.name}`, 'must not be null; omit it to keep the current value');
          else visit(field.type, fieldValue, `${path}.${field.name}`);
        }
      } else if (isScalarType(nullable)) {
        checkScalar(nullable.name, value, path, idsAreLookedUp, report);
      }
    };
    for (const argument of args) visit(argument.type, values[argument.name], argument.name);
    return [...problems].map(([field, fieldProblems]) => ({ field, problems: fieldProblems }));
  }
}

/** class-validator's nested errors as one problem per leaf, each with its full path. */
export function validationProblems(error: ArgumentValidationError, argumentName: string | null): InputProblem[] {
  const problems: InputProblem[] = [];
  type Failure = { property: string; constraints?: Record<string, string>; children?: Failure[] };
  const walk = (failure: Failure, prefix: string) => {
    const path = /^\d+$/.test(failure.property) ? `${prefix}[${failure.property}]` : prefix ? `${prefix}.${failure.property}` : failure.property;
    const messages = Object.values(failure.constraints ?? {});
    if (messages.length > 0) problems.push({ field: path, problems: messages });
    for (const child of failure.children ?? []) walk(child, path);
  };
  for (const failure of (error.extensions.validationErrors ?? []) as Failure[]) walk(failure, argumentName ?? '');
  return problems;
}

export function inputError(problems: InputProblem[]): BadUserInputError {
  const message = problems.map(({ field, problems: fieldProblems }) => `${field}: ${fieldProblems.join(', ')}`).join('; ');
  return new BadUserInputError(message, { fields: problems });
}

/** The argument class-validator checked: the only input-object argument, or the one of the failing class. */
function validatedArgument(field: GraphQLField<unknown, unknown>, error: ArgumentValidationError): string | null {
  const objectArguments = field.args.filter((argument) => isInputObjectType(getNamedType(argument.type)));
  if (objectArguments.length === 1) return objectArguments[0].name;
  const target = (error.extensions.validationErrors as { target?: object }[] | undefined)?.[0]?.target;
  const className = target?.constructor?.name;
  return field.args.find((argument) => getNamedType(argument.type).name === className)?.name ?? null;
}

/**
 * Wraps the resolver of every query and mutation field, and the subscribe step of every
 * subscription field (once per subscription, not per event), so that arguments are checked before
 * they run and class-validator's verdict names the argument path. Root fields only: nested
 * fields take no client text, and wrapping every field would slow large lists.
 */
export function guardRootArguments(schema: GraphQLSchema, checker: InputChecker): void {
  const guard = (field: GraphQLField<unknown, unknown>, step: GraphQLFieldResolver<unknown, unknown>, idsAreLookedUp: boolean): GraphQLFieldResolver<unknown, unknown> => {
    return async (source, args, context, info) => {
      const problems = checker.problemsIn(field.args, args, idsAreLookedUp);
      if (problems.length > 0) throw inputError(problems);
      try {
        return await step(source, args, context, info);
      } catch (error) {
        if (error instanceof ArgumentValidationError) throw inputError(validationProblems(error, validatedArgument(field, error)));
        throw error;
      }
    };
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.resolve) field.resolve = guard(field, field.resolve, true);
    }
  }
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    if (field.subscribe) field.subscribe = guard(field, field.subscribe, false);
  }
}
