// js-yaml, from its CommonJS build. Measured on a province's 5,000 catalogues, the same parser
// from the package's ESM build (what `import 'js-yaml'` resolves to) ran 2-3x slower:
// 3.5-5.6 s against 9.6-13 s for parseEvents + constructFromEvents, in the same process setup.
// Types still come from the package's declarations.
import { createRequire } from 'node:module';

type JsYaml = typeof import('js-yaml');
const jsyaml = createRequire(import.meta.url)('js-yaml') as JsYaml;

export const { constructFromEvents, getScalarValue, parseEvents, YAMLException, defineMappingTag, defineScalarTag, defineSequenceTag, mergeTag, Schema, seqTag, strTag, CORE_SCHEMA, load } = jsyaml;
// Declared apart: destructuring would widen its `unique symbol` type to `symbol`.
export const NOT_RESOLVED: JsYaml['NOT_RESOLVED'] = jsyaml.NOT_RESOLVED;
export type { Event, ScalarEvent } from 'js-yaml';

// js-yaml's event and style codes, as plain numbers the hot loops over events compare with.
export const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = jsyaml.EVENT_ID;
export const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = jsyaml.SCALAR_STYLE;
export const { BLOCK } = jsyaml.COLLECTION_STYLE;
export const { KEEP } = jsyaml.CHOMPING_MODE;
