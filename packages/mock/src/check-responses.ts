/**
 * Checks an answer against the spec: its status must be documented for the operation and its body
 * must match that response's schema. Tests turn it on (`checkResponses: true`) so the state layer
 * cannot drift from the contract; each mismatch is kept in `mock.drift`.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type Answer, readJson } from './answer.js';
import { escapeSegment } from './escape-segment.js';
import type { SpecDocument } from './spec-document.js';

export function createResponseChecker(doc: SpecDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(doc.raw, 'spec');
  const compiled = new Map<string, ValidateFunction>();
  const where = new Map<string, string>();
  for (const [path, item] of Object.entries((doc.raw.paths ?? {}) as Record<string, object>)) {
    for (const [method, op] of Object.entries(item)) {
      const id = (op as { operationId?: string }).operationId;
      if (id) where.set(id, `#/paths/${escapeSegment(path)}/${method}`);
    }
  }

  return (operationId: string, answer: Answer): string | undefined => {
    const status = String(answer.status);
    const declared = (
      doc.operation(operationId)?.responses as Record<string, unknown> | undefined
    )?.[status] as { $ref?: string } | undefined;
    const response = doc.resolve(declared);
    if (!response) return `${operationId}: status ${status} is not documented`;
    const content = (response.content ?? {}) as Record<string, { schema?: unknown }>;
    const [type, media] = Object.entries(content)[0] ?? [];
    if (!type || !media?.schema) return undefined;
    const key = `${operationId} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      const base = declared?.$ref ?? `${where.get(operationId)}/responses/${status}`;
      validate = ajv.compile({ $ref: `spec${base}/content/${escapeSegment(type)}/schema` });
      compiled.set(key, validate);
    }
    if (validate(readJson(answer))) return undefined;
    return `${operationId} ${status}: ${ajv.errorsText(validate.errors)} in ${answer.body.toString('utf8').slice(0, 300)}`;
  };
}
