import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLOutputType,
} from 'graphql';

/**
 * Generators of hostile GraphQL requests, driven by the schema's own types so that a new root
 * field is fuzzed without anyone touching this file.
 */

/** An enum value: printed bare in a document, sent as its name in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
}

export type GqlValue = null | boolean | number | string | EnumValue | GqlValue[] | { [field: string]: GqlValue };

/** Keys of nodes that exist in test/support/fixture.ts, so that some requests reach real data. */
export const FIXTURE_KEYS = [
  'spbe', 'arsip-aceh', 'bandung-miskin', 'kementerian-panrb', 'bkn', 'anri', 'pemprov-aceh', 'pemkot-bandung',
  'reformasi-birokrasi', 'digitalisasi', 'arsip-digital', 'kemiskinan', 'startup-a', 'arahan-menpanrb',
  'mandat-anri-arsip', 'paguyuban', 'indeks-spbe', 'ID', '11', '11.01', '11.01.01', '32', '32.73',
];

/** Text that would do damage if it were ever concatenated into Cypher, or that confuses parsers. */
export const INJECTIONS = [
  "' }) DETACH DELETE n //",
  '` MATCH (n) DETACH DELETE n //',
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "x' OR 1=1 --",
  '`Agency`',
  '``',
  'a`b',
  '$param',
  '$id',
  '{id: $id}',
  '${process.env}',
  '{"id":"spbe","$where":"1"}',
  '[{"a":1},{"b":[null,true]}]',
  'spbe\u0000',
  '\u202Espbe',
  'spbe ',
  ' spbe',
  'SPBE',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%27',
  'CALL dbms.components()',
  'RETURN 1; MATCH (n) DETACH DELETE n',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0x10',
  '',
  ' ',
  '\t\n',
];

const LONG_STRINGS = ['x'.repeat(101), 'y'.repeat(301), 'z'.repeat(4_001), 'é'.repeat(20_000), 'w'.repeat(300_000)];

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/).map((s) => `fz-${s}`);
const graphqlName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 5, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 2 }) },
  { weight: 3, arbitrary: fc.constantFrom(...FIXTURE_KEYS) },
  { weight: 2, arbitrary: slug },
);

/** IDs: mostly keys that exist or could be created, so that requests get past validation. */
const idValue: fc.Arbitrary<GqlValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIXTURE_KEYS) },
  { weight: 3, arbitrary: slug },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
);

const intValue: fc.Arbitrary<GqlValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1945, 2100, 2101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e21, -1e308) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-1', '1e3', '') },
);

const floatValue: fc.Arbitrary<GqlValue> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e308, 'NaN', '-Infinity', '1e-400') },
);

/** Any value at all, for the wrong-type cases. */
const anyValue: fc.Arbitrary<GqlValue> = fc.oneof(
  hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  graphqlName.map((name) => new EnumValue(name)),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(graphqlName, fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A bundle for importBundle: mostly invalid, now and then one that imports (then it is checked). */
const bundleValue: fc.Arbitrary<GqlValue> = fc.record(
  {
    format: fc.oneof(fc.constant('kolaborasi-bundle'), hostileString),
    version: fc.oneof(fc.constant(1), intValue),
    agencies: fc.array(
      fc.record(
        {
          id: idValue,
          name: hostileString,
          kind: fc.constantFrom('MINISTRY', 'OTHER', 'ministry', "' DETACH DELETE n"),
          level: fc.constantFrom('NATIONAL', 'LOCAL', 'GALACTIC'),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['format'] },
) as fc.Arbitrary<GqlValue>;

const jsonValue: fc.Arbitrary<GqlValue> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<GqlValue> },
  { weight: 3, arbitrary: bundleValue },
);

/** Ints GraphQL accepts (32-bit), for well-typed requests that should reach the resolvers. */
const int32Value: fc.Arbitrary<GqlValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1944, 1945, 2100, 2101, 2 ** 31 - 1, -(2 ** 31)) },
);

function scalarValue(name: string, wellTyped: boolean): fc.Arbitrary<GqlValue> {
  switch (name) {
    case 'Int': return wellTyped ? int32Value : intValue;
    case 'Float': return wellTyped ? fc.double({ noNaN: true, noDefaultInfinity: true }) : floatValue;
    case 'String': return hostileString;
    case 'ID': return idValue;
    case 'Boolean': return fc.boolean();
    default: return jsonValue;
  }
}

const MISSING = Symbol('missing');

/**
 * A value for an input type. Well-typed values pass GraphQL's own checks (only their content is
 * hostile), so they reach the resolvers; the others are now and then null, of the wrong type or
 * with extra fields.
 */
export function valueFor(type: GraphQLInputType, wellTyped: boolean, depth = 0): fc.Arbitrary<GqlValue> {
  if (isNonNullType(type)) {
    const inner = valueFor(type.ofType, wellTyped, depth);
    return wellTyped ? inner.filter((value) => value !== null) : fc.oneof({ weight: 15, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const right = rightValueFor(type, wellTyped, depth);
  if (wellTyped) return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: fc.constant(null) });
  return fc.oneof({ weight: 18, arbitrary: right }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyValue });
}

function rightValueFor(type: GraphQLInputType, wellTyped: boolean, depth: number): fc.Arbitrary<GqlValue> {
  if (isNonNullType(type)) return valueFor(type, wellTyped, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType as GraphQLInputType, wellTyped, depth + 1);
    return fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: depth > 1 ? 1 : 4 }) }, { weight: 1, arbitrary: item });
  }
  if (isEnumType(type)) {
    const valid = fc.constantFrom(...type.getValues().map((value) => value.name)).map((name) => new EnumValue(name));
    if (wellTyped) return valid;
    return fc.oneof(
      { weight: 8, arbitrary: valid },
      { weight: 1, arbitrary: graphqlName.map((name) => new EnumValue(name)) },
      { weight: 1, arbitrary: valid.map((value) => value.name.toLowerCase()) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const entries = fields.map((field) => {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      const value = valueFor(field.type, wellTyped, depth + 1);
      return required && wellTyped ? value : fc.option(value, { nil: MISSING, freq: required ? 20 : 2 });
    });
    const extras = wellTyped ? fc.constant({}) : fc.oneof(
      { weight: 8, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.dictionary(graphqlName, anyValue, { minKeys: 1, maxKeys: 2 }) },
    );
    return fc.tuple(fc.tuple(...entries), extras).map(([values, extra]) => {
      const object: Record<string, GqlValue> = {};
      fields.forEach((field, i) => { if (values[i] !== MISSING) object[field.name] = values[i] as GqlValue; });
      return { ...extra, ...object };
    });
  }
  if (isScalarType(type)) return scalarValue(type.name, wellTyped);
  throw new Error(`no generator for input type ${String(type)}`);
}

/** The value as a GraphQL literal (which may well be invalid: that is part of the test). */
export function literal(value: GqlValue): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value).map(([key, field]) => `${key}: ${literal(field)}`).join(', ')}}`;
}

/** The value as JSON for the variables object; also what the server should have stored. */
export function plain(value: GqlValue): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
  return value;
}

/** Every string inside a value: the server may echo them back, which is not a leak. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) { into.push(key); stringsIn(field, into); }
  }
  return into;
}

/** A selection of the leaf fields of the return type, two levels deep, skipping fields that need arguments. */
export function selectionFor(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

type ArgMode = 'omit' | 'literal' | 'variable' | 'wrongDeclaration';

const WRONG_DECLARATIONS = ['String', 'Int!', 'Float', 'Boolean!', '[ID]', 'JSON', 'ID!', 'NoSuchType', '[[String!]!]'];

function argumentPlan(arg: GraphQLArgument, wellTyped: boolean) {
  const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
  const modes: Array<[ArgMode, number]> = [
    ['omit', required ? (wellTyped ? 0 : 1) : 3], ['literal', 5], ['variable', 5], ['wrongDeclaration', wellTyped ? 0 : 1],
  ];
  const mode = fc.oneof(...modes.filter(([, weight]) => weight > 0).map(([name, weight]) => ({ weight, arbitrary: fc.constant(name) })));
  const dropVariable = wellTyped ? fc.constant(false) : fc.nat({ max: 9 }).map((n) => n === 0);
  return fc.record({ mode, value: valueFor(arg.type, wellTyped), wrongType: fc.constantFrom(...WRONG_DECLARATIONS), dropVariable });
}

export interface FieldRequest {
  readonly field: string;
  readonly operation: 'query' | 'mutation';
  readonly body: { query: string; variables: Record<string, unknown> };
  /** The arguments as the server receives them when the request is valid (for checking what was stored). */
  readonly args: Record<string, unknown>;
  readonly sentStrings: string[];
}

/** Requests to one root field: its arguments inline, as variables, missing, or of the wrong type. */
export function requestFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): fc.Arbitrary<FieldRequest> {
  const selection = selectionFor(field.type);
  const plans = (wellTyped: boolean) => fc.tuple(...field.args.map((arg) => argumentPlan(arg, wellTyped)));
  return fc.oneof(plans(true), plans(false)).map((plans) => {
    const declarations: string[] = [];
    const inline: string[] = [];
    const variables: Record<string, unknown> = {};
    const args: Record<string, unknown> = {};
    field.args.forEach((arg, i) => {
      const plan = plans[i] as { mode: ArgMode; value: GqlValue; wrongType: string; dropVariable: boolean };
      if (plan.mode === 'omit') return;
      args[arg.name] = plain(plan.value);
      if (plan.mode === 'literal') {
        inline.push(`${arg.name}: ${literal(plan.value)}`);
        return;
      }
      const variable = `v${i}`;
      declarations.push(`$${variable}: ${plan.mode === 'variable' ? String(arg.type) : plan.wrongType}`);
      inline.push(`${arg.name}: $${variable}`);
      if (plan.mode === 'wrongDeclaration' || !plan.dropVariable) variables[variable] = plain(plan.value);
    });
    const header = `${operation} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''}`;
    const query = `${header} { ${field.name}${inline.length ? `(${inline.join(', ')})` : ''} ${selection} }`;
    return { field: field.name, operation, body: { query, variables }, args, sentStrings: stringsIn([args, variables]) };
  });
}

/** A query nested `depth` levels through the schema's cycles (Agency -> Program -> Agency ...). */
export function deepQuery(depth: number): string {
  let inner = '{ id }';
  for (let i = 0; i < depth; i += 1) {
    inner = i % 2 === 0 ? `{ id programs { program { id agencies { agency ${inner} } } } }` : `{ id reportsTo ${inner} }`;
  }
  return `query Deep { agencies(first: 5) { nodes ${inner} } }`;
}

/** Header values fetch can send (no control characters, Latin-1 only); the rest cannot be tried over HTTP. */
function headersSafe(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replace(/[^\x20-\x7e]/g, '?')]));
}

export interface RawRequest {
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/** Documents and bodies that are broken in every way we could think of. */
export function malformedRequest(validQueries: readonly string[]): fc.Arbitrary<RawRequest> {
  const q = (query: unknown, extra: Record<string, unknown> = {}): RawRequest => ({ body: { query, ...extra } });
  return fc.oneof(
    fc.string({ maxLength: 200 }).map((text) => q(text)),
    fc.string({ unit: 'binary', maxLength: 200 }).map((text) => q(text)),
    fc.tuple(fc.constantFrom(...validQueries), fc.nat()).map(([text, cut]) => q(text.slice(0, cut % text.length))),
    fc.constantFrom(1, 3, 8, 15).map((depth) => q(deepQuery(depth))),
    fc.constantFrom(10, 100, 1_000, 5_000, 20_000).map((depth) => q(`${'{ a '.repeat(depth)}${'}'.repeat(depth)}`)),
    fc.constantFrom(10, 500, 5_000).map((depth) => q(`{ agency(id: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`)),
    fc.constantFrom(50, 2_000).map((n) => q(`{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(' ')} }`)),
    fc.constant(q('fragment A on Query { ...B } fragment B on Query { ...A } { ...A }')),
    fc.constant(q('query A { health { ok } } query B { health { ok } }')),
    fc.constant(q('query A { health { ok } }', { operationName: 'B' })),
    fc.constant(q('{ health { ok @skip(if: "yes") } }')),
    fc.constant(q('{ __schema { types { name fields { name } } } }')),
    hostileString.map((name) => q('query T($n: String!) { __type(name: $n) { name } }', { variables: { n: name } })),
    fc.constant(q('subscription { health { ok } }')),
    fc.constantFrom<unknown>(5, null, true, [], {}, ['{ health { ok } }']).map((query) => q(query)),
    fc.constantFrom<unknown>('string', 5, [1], null).map((variables) => q('{ health { ok } }', { variables })),
    anyValue.map((operationName) => q('{ health { ok } }', { operationName: plain(operationName) })),
    anyValue.map((extensions) => q('{ health { ok } }', { extensions: plain(extensions) })),
    fc.constantFrom<unknown>([], [{ query: '{ health { ok } }' }], 'null', '"text"', '{"query":', '{"query": "{ health { ok } }",}', '\u0000', '')
      .map((body) => ({ body: typeof body === 'string' ? body : JSON.stringify(body) })),
    fc.constantFrom('text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1')
      .map((type) => ({ body: JSON.stringify({ query: '{ health { ok } }' }), headers: { 'content-type': type } })),
    // Bad credentials are tried apart, in fuzz.test.ts (badCredentials below).
  );
}

/** Credentials that must be refused as UNAUTHENTICATED (401), never taken for anonymous or worse. */
export const badCredentials: fc.Arbitrary<Record<string, string>> = fc.oneof(
  hostileString.map((key) => ({ 'x-api-key': key })),
  fc.constantFrom('kg_not-a-key', 'kg_', 'kg_hostile-fuzz-editorx', 'KG_hostile-fuzz-editor').map((key) => ({ 'x-api-key': key })),
  fc.constantFrom('Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.', 'bearer kg_x y')
    .map((authorization) => ({ authorization })),
).map(headersSafe);

/** Fixture keys by label, for writes that are valid but for one hostile part. */
const KEYS_BY_LABEL: Record<string, readonly string[]> = {
  Agency: ['kementerian-panrb', 'bkn', 'anri', 'pemprov-aceh', 'pemkot-bandung'],
  Program: ['spbe', 'arsip-aceh', 'bandung-miskin'],
  Theme: ['reformasi-birokrasi', 'digitalisasi', 'arsip-digital', 'kemiskinan'],
  Region: ['ID', '11', '11.01', '11.01.01', '32', '32.73'],
  Partner: ['startup-a'], Regulation: ['arahan-menpanrb'], Mandate: ['mandat-anri-arsip'], Forum: ['paguyuban'], Indicator: ['indeks-spbe'],
};

const keyOfLabel = (label: string) => fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...(KEYS_BY_LABEL[label] ?? ['spbe'])) },
  { weight: 1, arbitrary: hostileString },
);

function write(field: string, query: string, variables: Record<string, unknown>): FieldRequest {
  return { field, operation: 'mutation', body: { query, variables }, args: variables, sentStrings: stringsIn(variables) };
}

/**
 * Writes that GraphQL accepts and that mostly name nodes that exist, so that the resolvers
 * accept a good share of them and what they store can be compared with what was sent: links
 * with roles, measurements with extreme figures, small imports with hostile names.
 */
export function nearValidWrite(relations: Record<string, { from: string; to: string; roles?: readonly string[] }>): fc.Arbitrary<FieldRequest> {
  const link = fc.constantFrom(...Object.keys(relations)).chain((relation) => {
    const spec = relations[relation]!;
    const role = spec.roles
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...spec.roles) }, { weight: 1, arbitrary: hostileString })
      : fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileString });
    return fc.record({ from: keyOfLabel(spec.from), to: keyOfLabel(spec.to), role, unlink: fc.boolean() }).map(({ from, to, role: given, unlink }) => (unlink
      ? write('unlink', 'mutation W($input: UnlinkInput!) { unlink(input: $input) { relation from to role } }', { input: { relation, from, to } })
      : write('link', 'mutation W($input: LinkInput!) { link(input: $input) { relation from to role } }', { input: { relation, from, to, ...(given === undefined ? {} : { role: given }) } })));
  });
  const figure = fc.oneof(
    { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1 + 0.2, 2 ** 53 + 1, null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const sources = fc.array(fc.record({ ref: hostileString, title: hostileString }), { maxLength: 3 });
  const measurement = fc.record({
    indicator: keyOfLabel('Indicator'),
    year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1945, max: 2100 }) }, { weight: 1, arbitrary: int32Value }), region: fc.option(keyOfLabel('Region'), { nil: undefined }),
    target: figure, actual: figure, sources: fc.option(sources, { nil: undefined }),
  }).map((input) => write('setMeasurement', 'mutation W($input: MeasurementInput!) { setMeasurement(input: $input) { year target actual } }', {
    input: Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
  }));
  const agency = fc.record({
    id: fc.oneof({ weight: 4, arbitrary: slug }, { weight: 1, arbitrary: fc.constantFrom(...KEYS_BY_LABEL.Agency!) }),
    name: hostileString,
    kind: fc.constantFrom('MINISTRY', 'OTHER', 'CITY_GOVERNMENT'),
    level: fc.constantFrom('NATIONAL', 'PROVINCIAL', 'LOCAL'),
    acronym: fc.option(hostileString, { nil: undefined }),
  }).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
  const bundle = fc.record({ agencies: fc.uniqueArray(agency, { minLength: 1, maxLength: 3, selector: (record) => record.id }), dryRun: fc.boolean() })
    .map(({ agencies, dryRun }) => write('importBundle', 'mutation W($bundle: JSON!, $dryRun: Boolean) { importBundle(bundle: $bundle, dryRun: $dryRun) { status problemCount } }', {
      bundle: { format: 'kolaborasi-bundle', version: 1, agencies }, dryRun,
    }));
  return fc.oneof(link, measurement, bundle);
}
