import type { CodegenConfig } from '@graphql-codegen/cli';

const typedDocuments = {
  plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: true },
    scalars: { DateTimeISO: 'string', SafeInt: 'number', JSONObject: 'Record<string, unknown>' },
  },
};

/** Typed operations for the tests (and example clients) and for the web app, generated from the committed schema. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'test/generated/graphql.ts': { documents: ['test/operations/**/*.graphql'], ...typedDocuments },
    'web/src/generated/graphql.ts': { documents: ['web/src/**/*.graphql'], ...typedDocuments },
  },
};

export default config;
