import { isDeepStrictEqual } from 'node:util';
import type { Emit } from './change.ts';
import { diffRemainingKeys } from './diff-docs.ts';
import { child } from './json-pointer.ts';
import { listOperations, type OperationAt } from './list-operations.ts';
import type { Schema } from './merge-all-of.ts';

/** What decides how a key is sent; everything else on a scheme is documentation. */
const SCHEME_FIELDS = ['type', 'scheme', 'in', 'name', 'bearerFormat', 'flows', 'openIdConnectUrl'];

/**
 * The schemes a client may send a key by: those the root or an operation requires, and the one the
 * generated client uses (`x-mediagen-provider.securityScheme`). A scheme nothing names is unused.
 */
export function schemesInUse(doc: Schema | undefined): Set<string> {
  const operations = [...listOperations(doc).values()].map((at) => at.operation.security);
  return new Set([
    ...schemeNames(doc?.security),
    ...operations.flatMap((security) => [...schemeNames(security)]),
    ...[doc?.['x-mediagen-provider']?.securityScheme].filter((s): s is string => !!s),
  ]);
}

/**
 * A scheme removed, or changed in how the key travels, breaks every client that sent it that way;
 * one that no operation required and the client does not use breaks nobody.
 */
export function diffSecuritySchemes(
  emit: Emit,
  before: Schema | undefined,
  after: Schema | undefined,
) {
  const oldSchemes: Schema = before?.components?.securitySchemes ?? {};
  const newSchemes: Schema = after?.components?.securitySchemes ?? {};
  const used = new Set([...schemesInUse(before), ...schemesInUse(after)]);
  for (const name of new Set([...Object.keys(oldSchemes), ...Object.keys(newSchemes)])) {
    const at = child('/components/securitySchemes', name);
    const was = oldSchemes[name];
    const is = newSchemes[name];
    if (!was || !is) {
      emit({
        source: 'spec',
        pointer: at,
        class: is || !used.has(name) ? 'non-breaking' : 'breaking',
        reason: is ? 'auth scheme added' : `${used.has(name) ? '' : 'unused '}auth scheme removed`,
        ...(is ? { new: name } : { old: name }),
      });
      continue;
    }
    for (const field of SCHEME_FIELDS) {
      if (isDeepStrictEqual(was[field], is[field])) continue;
      emit({
        source: 'spec',
        pointer: child(at, field),
        class: used.has(name) ? 'breaking' : 'non-breaking',
        reason: `${used.has(name) ? '' : 'unused '}auth scheme changed`,
        old: was[field],
        new: is[field],
      });
    }
    diffRemainingKeys(emit, at, was, is, new Set(SCHEME_FIELDS));
  }
}

function schemeNames(security: Schema[] | undefined): Set<string> {
  return new Set((security ?? []).flatMap((requirement) => Object.keys(requirement)));
}

/** The schemes an operation accepts (its own `security`, else the root's). */
export function diffOperationSecurity(
  emit: Emit,
  before: { doc: Schema; at: OperationAt },
  after: { doc: Schema; at: OperationAt },
) {
  const was = schemeNames(before.at.operation.security ?? before.doc.security);
  const is = schemeNames(after.at.operation.security ?? after.doc.security);
  const pointer = `${after.at.pointer}/security`;
  const operation = after.at.id;
  if (was.size === 0 && is.size > 0) {
    emit({
      source: 'spec',
      pointer,
      class: 'breaking',
      reason: 'auth now required',
      new: [...is],
      operation,
      side: 'request',
    });
    return;
  }
  for (const name of was) {
    if (is.has(name) || is.size === 0) continue;
    emit({
      source: 'spec',
      pointer,
      class: 'breaking',
      reason: 'auth scheme removed from operation',
      old: name,
      operation,
      side: 'request',
    });
  }
  for (const name of is) {
    if (was.has(name) || was.size === 0) continue;
    emit({
      source: 'spec',
      pointer,
      class: 'non-breaking',
      reason: 'auth scheme added to operation',
      new: name,
      operation,
      side: 'request',
    });
  }
  if (was.size > 0 && is.size === 0) {
    emit({
      source: 'spec',
      pointer,
      class: 'non-breaking',
      reason: 'auth no longer required',
      old: [...was],
      operation,
      side: 'request',
    });
  }
}
