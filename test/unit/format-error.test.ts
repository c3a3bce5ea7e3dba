import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { createFormatError } from '../../src/server/format-error';

function driverError(code: string, message: string): DriverException {
  return new DriverException(Object.assign(new Error(message), { code }));
}

/** A resolver's error as Apollo hands it to formatError: located at a field, caused by the original. */
function atField(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['plan'], originalError: original });
}

describe('formatError', () => {
  const logged: unknown[] = [];
  const formatError = createFormatError((error) => logged.push(error));

  it('answers a statement cancelled by the statement timeout with QUERY_TOO_COMPLEX, and logs it', () => {
    const error = atField(driverError('57014', 'canceling statement due to statement timeout'));
    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'statementTimeout' });
    expect(logged).toHaveLength(1);
  });

  it('answers a PostgreSQL data exception (class 22) with BAD_USER_INPUT', () => {
    const error = atField(driverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'));
    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('still masks an unknown error', () => {
    const error = atField(new TypeError('x is undefined'));
    expect(formatError(error.toJSON(), error)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
