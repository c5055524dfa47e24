// Validates JSON lines with the events catalog as a Node consumer does: Ajv 8, draft 2020-12 (`ajv/dist/2020`),
// default options, plus what any consumer of these schemas adds: the formats (ajv-formats) and the catalog's own
// annotation keywords (catalog.json "annotations"), which strict mode otherwise refuses.
//
//   node ajv-validate.mjs [--cases] [SCHEMA_FOLDER] < lines.jsonl
//
// Default: each line is an event, a full EventBridge envelope or what `event-player --format jsonl` prints
// ({"source", "detail-type", "detail"}: its detail is validated); its schema is picked by detail-type. Prints
// "N valid, M invalid" (and each invalid line on stderr) and exits 1 if any line is invalid or not in the catalog.
// --cases: each line is {"schema": "<$id>[#<JSON pointer>]", "instance": <value>}; prints one result line per
// case: {"valid": true} or {"valid": false, "errors": [{"path", "keyword", "message"}]}, a missing property's path
// naming the property (as the Java catalog reports it).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const cases = args.includes('--cases');
const folder = args.find(a => !a.startsWith('--'))
    ?? fileURLToPath(new URL('../../main/resources/schemas/', import.meta.url));
const read = file => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'));

const catalog = read('catalog.json');
const ajv = new Ajv2020();
addFormats(ajv);
ajv.addVocabulary(catalog.annotations);
ajv.addSchema(read(catalog.common));
const events = catalog.events.map(read);
events.forEach(schema => ajv.addSchema(schema));

const compiled = new Map();
function validator(ref) {
  if (!compiled.has(ref)) {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema ${ref}`);
    compiled.set(ref, validate);
  }
  return compiled.get(ref);
}

function errorsOf(validate) {
  return (validate.errors ?? []).map(e => ({
    path: e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath,
    keyword: e.keyword,
    message: e.message,
  }));
}

function schemaOf(detailType) {
  return events.find(s => {
    const name = s.properties['detail-type'];
    return name.const === detailType || (name.pattern !== undefined && new RegExp(name.pattern, 'u').test(detailType));
  });
}

/** @return null if the line is valid, else why not */
function checkEvent(line) {
  const event = JSON.parse(line);
  const schema = event.source === 'awsserverlessda.serverlesspresso' ? schemaOf(event['detail-type']) : undefined;
  if (!schema) return 'not in the catalog';
  const whole = 'id' in event || 'time' in event;
  const validate = validator(whole ? schema.$id : `${schema.$id}#/properties/detail`);
  if (validate(whole ? event : event.detail)) return null;
  return JSON.stringify(errorsOf(validate).map(e => ({ ...e, path: (whole ? '' : '/detail') + e.path })));
}

let valid = 0, invalid = 0, lineNumber = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === '') continue;
  if (cases) {
    const { schema, instance } = JSON.parse(line);
    const validate = validator(schema);
    console.log(JSON.stringify(validate(instance) ? { valid: true } : { valid: false, errors: errorsOf(validate) }));
    continue;
  }
  const problem = checkEvent(line);
  if (problem === null) {
    valid++;
  } else {
    invalid++;
    console.error(`line ${lineNumber}: ${problem}`);
  }
}
if (!cases) {
  console.log(`${valid} valid, ${invalid} invalid`);
  process.exitCode = invalid === 0 ? 0 : 1;
}
