/**
 * The compiled story (inkjs's JSON format) as plain data, and the small
 * readers the key policy, liveness and reference key share.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (node: Json | undefined): node is JsonObject =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

export function walk(node: Json, visit: (object: JsonObject) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (isObject(node)) {
    visit(node);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/** The knot a container path belongs to: its first part. */
export const knotOfPath = (path: string): string => path.split('.')[0] ?? '';
