/**
 * A SHA-256 of a result file's content, so a tutor importing it can tell that
 * it arrived as it was exported. This detects damage (a truncated download, a
 * file opened and saved by another program, a score edited by hand without
 * recomputing the sum) and nothing more: anyone can recompute the sum after
 * editing, so it is no protection against cheating.
 *
 * The sum covers the file's JSON with the `sha256` field left out, written
 * without spacing, in the order its keys were exported: parsing a file and
 * writing it again gives the same text, so whitespace and indentation do not
 * matter but every value does.
 */
import { digestSha256 } from '../host.ts';

/** SHA-256 of a text (UTF-8), as 64 lowercase hex digits. */
export type Sha256 = (text: string) => Promise<string>;

/** Web Crypto: the browser's, and Node's global one (Node 20 and later). */
export const webSha256: Sha256 = async (text) => {
  const digest = await digestSha256(text);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** The text the sum is taken over: the document without its `sha256`, as compact JSON. */
export function sealedContent(document: object): string {
  const rest: Record<string, unknown> = { ...document };
  delete rest['sha256'];
  return JSON.stringify(rest);
}

/** The document with the sum of its content added as `sha256` (last, so it reads as a footer). */
export async function seal<T extends object>(
  document: T,
  sha256: Sha256 = webSha256,
): Promise<T & { sha256: string }> {
  return { ...document, sha256: await sha256(sealedContent(document)) };
}

export type SealCheck = 'intact' | 'damaged' | 'unsealed';

/** Whether a parsed document still matches the sum it carries; pass it as parsed, before any schema. */
export async function checkSeal(
  document: Record<string, unknown>,
  sha256: Sha256 = webSha256,
): Promise<SealCheck> {
  const carried = document['sha256'];
  if (typeof carried !== 'string') return 'unsealed';
  return (await sha256(sealedContent(document))) === carried.toLowerCase() ? 'intact' : 'damaged';
}
