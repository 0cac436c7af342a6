// Holds the answers of a running server to the schemas the API document
// (docs/openapi.yaml, `homeward openapi --json`) gives them, with a real
// JSON Schema validator (Ajv, and ajv-formats for date-time and date), so
// the document cannot promise a shape the server does not keep.

import assert from 'node:assert/strict';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

// A function (method, pattern, status, body) that fails the test, naming the
// route and each field out of place, when `body` (parsed JSON) does not meet
// the schema the document `doc` gives that route's answer with `status`.
export function answerChecker(doc) {
  // Not strict: the document's own keywords (components, nullable beside
  // enum) are OpenAPI's, not JSON Schema's.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = new Map();
  return (method, pattern, status, body) => {
    const key = `${method} ${pattern} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      const operation = doc.paths[pattern]?.[method];
      assert.ok(operation, `the document has no ${method.toUpperCase()} ${pattern}`);
      let response = operation.responses[String(status)];
      // A shared response ("#/components/responses/Error").
      if (response?.$ref) response = response.$ref.split('/').slice(1).reduce((at, part) => at?.[part], doc);
      const schema = response?.content?.['application/json']?.schema;
      assert.ok(schema, `${key}: the document gives the answer no JSON schema`);
      validate = ajv.compile({ allOf: [schema], components: doc.components });
      compiled.set(key, validate);
    }
    if (!validate(body)) {
      const errors = closestBranch(validate.errors).slice(0, 8)
        .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
      assert.fail(`${key}: the answer does not meet its schema:\n  ${errors.join('\n  ')}`);
    }
  };
}

// Of a failed "anyOf" (an event record: one branch per type), the errors of
// the branch that came closest, not those of every branch the value is not.
function closestBranch(errors) {
  const branches = new Map();
  for (const e of errors) {
    const branch = e.schemaPath.match(/^(.*?\/(?:any|one)Of\/\d+)\//)?.[1] ?? '';
    if (!branches.has(branch)) branches.set(branch, []);
    branches.get(branch).push(e);
  }
  const [outside = [], ...inside] = [branches.get('') ?? [],
    ...[...branches].filter(([b]) => b !== '').map(([, es]) => es)];
  inside.sort((a, b) => a.length - b.length);
  return [...outside.filter((e) => !['anyOf', 'oneOf'].includes(e.keyword)), ...(inside[0] ?? [])];
}
