// Integration project setup: @microsoft/app-manifest validates a manifest with a new Ajv each call,
// so every app package a test builds compiles the Teams schema and its localisation schema again
// (about half a second of processor each). manifest/package keeps each schema as one object; here a
// schema object compiled once under the same options and formats gives its validator to every later
// call. The validator is a pure function of those three, so every verdict and message stays the same.
jest.mock('ajv-draft-04', () => {
  const actual = jest.requireActual<typeof import('ajv-draft-04')>('ajv-draft-04');
  const Ajv = actual.default;
  const compile = Ajv.prototype.compile;
  const compiled = new WeakMap<object, Map<string, ReturnType<typeof compile>>>();

  class AjvKeepingValidators extends Ajv {
    /** the options as given (the library's are plain values); Ajv's own copy holds functions */
    readonly given: string;
    constructor(options: ConstructorParameters<typeof Ajv>[0] = {}) {
      super(options);
      this.given = JSON.stringify(options);
    }
  }
  AjvKeepingValidators.prototype.compile = function (this: AjvKeepingValidators, schema: object, meta?: boolean) {
    const key = JSON.stringify([this.given, Object.keys(this.formats).sort(), meta ?? false]);
    let bySettings = compiled.get(schema);
    if (!bySettings) compiled.set(schema, (bySettings = new Map()));
    let validate = bySettings.get(key);
    if (!validate) bySettings.set(key, (validate = compile.call(this, schema, meta)));
    return validate;
  } as typeof compile;

  return { ...actual, __esModule: true, default: AjvKeepingValidators };
});
