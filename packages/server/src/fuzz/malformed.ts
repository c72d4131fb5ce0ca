import fc, { type Arbitrary } from 'fast-check';

/** A JSON Schema as /openapi.json writes it (only the keywords the generator reads). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** Strings that broke servers before: percent signs, NUL, non-characters, lone surrogates, odd dates, long text. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '%',
  '%25',
  '%E0%A4%A',
  '%00',
  '\u0000',
  'a\u0000b',
  'x\uffff',
  '\ufffe',
  '\ud800',
  '\udc00x',
  '\u202e',
  'line\nbreak',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '2024-02-30',
  '2024-13-01',
  '1e309',
  '-1',
  '0',
  '9007199254740993',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>',
  'x'.repeat(5000),
  'A'.repeat(201),
  '00000000-0000-0000-0000-000000000000',
];

/** Cursors of every shape the server writes, pointing nowhere, or of another list. */
export const CURSOR_STRINGS = [
  btoa('id:1'),
  btoa('id:99999999999999999999'),
  btoa('k:[1,2]'),
  btoa('k:[1]'),
  btoa('k:["a","b"]'),
  btoa('k:[1e309,"x"]'),
  btoa('k:[-8640000000000001,1]'),
  btoa('k:[0,"OD0"]'),
  btoa('k:[1,"00000000-0000-0000-0000-000000000000"]'),
  btoa('k:[null,null]'),
  btoa('k:{}'),
  btoa('k:[1,2,3]'),
  'not-base64!',
  '====',
];

const anyJson: Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

export const fuzzString: Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...CURSOR_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const fuzzNumber: Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

interface Context {
  components: Record<string, JsonSchema>;
  depth: number;
}

function resolve(schema: JsonSchema, context: Context): JsonSchema {
  if (!schema.$ref) return schema;
  return context.components[schema.$ref.split('/').at(-1)!] ?? {};
}

function types(schema: JsonSchema): string[] {
  if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.properties) return ['object'];
  return [];
}

/** A value the schema accepts, roughly: used to reach checks that run after the first wrong field. */
function plausible(raw: JsonSchema, context: Context): Arbitrary<unknown> {
  const schema = resolve(raw, context);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return fc.oneof(...options.map((option) => plausible(option, context)));
  if (schema.allOf?.length) return plausible(schema.allOf[0]!, context);
  const [type] = types(schema);
  switch (type) {
    case 'string':
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString());
      if (schema.format === 'email') return fc.constantFrom('fuzz@example.com', 'a@b.co');
      if (schema.format === 'uuid') return fc.uuid();
      return fc.string({ minLength: 1, maxLength: Math.min(schema.maxLength ?? 12, 12) });
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? 0, -1e6), max: Math.min(schema.maximum ?? 1000, 1e6) });
    case 'number':
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return context.depth > 3 ? fc.constant([]) : fc.array(plausible(schema.items ?? {}, deeper(context)), { maxLength: 3 });
    case 'object':
      return context.depth > 3 ? fc.constant({}) : objectOf(schema, context, plausible);
    default:
      return anyJson;
  }
}

const deeper = (context: Context): Context => ({ ...context, depth: context.depth + 1 });

function objectOf(schema: JsonSchema, context: Context, valueOf: (schema: JsonSchema, context: Context) => Arbitrary<unknown>) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 });
  const entries = properties.map(([key, property]) => fc.option(valueOf(property, deeper(context)), { freq: 4 }).map((value) => [key, value] as const));
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== null)));
}

/** A value that is wrong somewhere: a wrong type, an edge string, a missing or extra member, at any depth. */
export function malformed(raw: JsonSchema, context: Context): Arbitrary<unknown> {
  const schema = resolve(raw, context);
  const wrong = fc.oneof(
    { weight: 3, arbitrary: fuzzString },
    { weight: 2, arbitrary: fuzzNumber },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': '\u0000' }) },
    { weight: 1, arbitrary: anyJson },
  );
  const [type] = types(schema);
  const options = schema.anyOf ?? schema.oneOf;
  const nested =
    type === 'object' && context.depth <= 3
      ? [
          objectOf(schema, context, (property, inner) => fc.oneof(malformed(property, inner), plausible(property, inner))),
          fc.tuple(plausible(schema, context), fc.string({ maxLength: 8 }), wrong).map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
        ]
      : type === 'array' && context.depth <= 3
        ? [fc.array(malformed(schema.items ?? {}, deeper(context)), { minLength: 1, maxLength: 3 }), fc.array(fc.constant(0), { minLength: 1001, maxLength: 1001 })]
        : options?.length && context.depth <= 3
          ? options.map((option) => malformed(option, deeper(context)))
          : [];
  return nested.length ? fc.oneof({ weight: 1, arbitrary: wrong }, ...nested.map((arbitrary) => ({ weight: 3, arbitrary }))) : wrong;
}

export function malformedValue(schema: JsonSchema, components: Record<string, JsonSchema>) {
  return malformed(schema, { components, depth: 0 });
}

export function plausibleValue(schema: JsonSchema, components: Record<string, JsonSchema>) {
  return plausible(schema, { components, depth: 0 });
}
