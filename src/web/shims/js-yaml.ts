// src/load/yaml/js-yaml.ts for the browser bundle: the same js-yaml, from its ESM build (the
// CommonJS build the CLI takes for speed needs Node's require). Same exports, same names.
import * as jsyaml from 'js-yaml';

export const { constructFromEvents, getScalarValue, parseEvents, YAMLException, defineMappingTag, defineScalarTag, defineSequenceTag, mergeTag, Schema, seqTag, strTag, CORE_SCHEMA, load } = jsyaml;
export const NOT_RESOLVED: typeof jsyaml.NOT_RESOLVED = jsyaml.NOT_RESOLVED;
export type { Event, ScalarEvent } from 'js-yaml';

export const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = jsyaml.EVENT_ID;
export const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = jsyaml.SCALAR_STYLE;
export const { BLOCK } = jsyaml.COLLECTION_STYLE;
export const { KEEP } = jsyaml.CHOMPING_MODE;
