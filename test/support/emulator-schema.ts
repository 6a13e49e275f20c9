// Validators for Graph bodies from the shared JSON Schema (graph-lists-subset, draft 2020-12,
// extracted from Microsoft's Graph metadata). The schema lives beside the repository, in
// test/fixtures (a copy of ../shared/schemas); GRAPH_LISTS_SCHEMA may point elsewhere.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type GraphShape = 'list' | 'listItem' | 'columnDefinition' | 'fieldValueSet';

export const SCHEMA_FILE = process.env.GRAPH_LISTS_SCHEMA ?? resolve(__dirname, '../fixtures/graph-lists-subset.schema.json');

let validators: Map<GraphShape, ValidateFunction> | undefined;

function load(): Map<GraphShape, ValidateFunction> {
  if (validators) return validators;
  if (!existsSync(SCHEMA_FILE)) throw new Error(`the Graph lists schema is not at ${SCHEMA_FILE}; set GRAPH_LISTS_SCHEMA`);
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $id: string };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema);
  validators = new Map(
    (['list', 'listItem', 'columnDefinition', 'fieldValueSet'] as const).map((shape) => {
      const validate = ajv.getSchema(`${schema.$id}#/$defs/${shape}`);
      if (!validate) throw new Error(`the schema has no definition '${shape}'`);
      return [shape, validate];
    }),
  );
  return validators;
}

/** the schema's complaints about a body, empty when it conforms */
export function schemaProblems(shape: GraphShape, body: unknown): string[] {
  const validate = load().get(shape) as ValidateFunction;
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
