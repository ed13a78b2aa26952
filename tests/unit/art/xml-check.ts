/**
 * A tiny, regex-free XML well-formedness checker for the generated SVG: balanced and properly
 * nested tags, quoted unique attributes, legal entities, a single root and nothing after it.
 * It returns a list of problems (empty when the document is well-formed), so a failing test shows
 * exactly what is wrong.
 */

const isNameChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') ||
  (c >= 'A' && c <= 'Z') ||
  (c >= '0' && c <= '9') ||
  c === '-' ||
  c === ':' ||
  c === '_' ||
  c === '.';

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r';

const ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Checks the `&...;` references in a stretch of text or an attribute value. */
function checkEntities(text: string, where: number, problems: string[]): void {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '&') continue;
    const end = text.indexOf(';', i);
    const name = end === -1 ? '' : text.slice(i + 1, end);
    const numeric =
      name.startsWith('#') &&
      name.length > 1 &&
      [...name.slice(1)].every((c) => c >= '0' && c <= '9');
    if (!ENTITIES.has(name) && !numeric) problems.push(`bad entity near ${where + i}`);
  }
}

export interface Element {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface CheckResult {
  readonly problems: readonly string[];
  readonly elements: readonly Element[];
}

export function checkXml(src: string): CheckResult {
  const problems: string[] = [];
  const elements: Element[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const readName = (): string => {
    const start = i;
    while (i < src.length && isNameChar(src[i] ?? '')) i++;
    return src.slice(start, i);
  };
  while (i < src.length) {
    const c = src[i];
    if (c !== '<') {
      const next = src.indexOf('<', i);
      const text = src.slice(i, next === -1 ? src.length : next);
      if (stack.length === 0 && [...text].some((t) => !isSpace(t)))
        problems.push(`text outside the root at ${i}`);
      checkEntities(text, i, problems);
      i = next === -1 ? src.length : next;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end === -1) problems.push(`unclosed comment at ${i}`);
      i = end === -1 ? src.length : end + 3;
      continue;
    }
    if (src[i + 1] === '/') {
      i += 2;
      const name = readName();
      while (isSpace(src[i])) i++;
      if (src[i] !== '>') problems.push(`malformed end tag </${name}> at ${i}`);
      i++;
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${i}`);
      continue;
    }
    i++;
    const name = readName();
    if (name === '') {
      problems.push(`empty tag name at ${i}`);
      break;
    }
    if (stack.length === 0) roots++;
    const attributes = new Map<string, string>();
    let selfClosing = false;
    for (;;) {
      while (isSpace(src[i])) i++;
      if (i >= src.length) {
        problems.push(`unterminated <${name}>`);
        break;
      }
      if (src.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      const attr = readName();
      if (attr === '' || src[i] !== '=') {
        problems.push(`malformed attribute in <${name}> at ${i}`);
        i = src.indexOf('>', i) + 1 || src.length;
        break;
      }
      i++;
      const quote = src[i];
      if (quote !== '"' && quote !== "'") {
        problems.push(`unquoted attribute ${attr} in <${name}> at ${i}`);
        break;
      }
      const end = src.indexOf(quote, i + 1);
      if (end === -1) {
        problems.push(`unterminated attribute ${attr} in <${name}>`);
        i = src.length;
        break;
      }
      const value = src.slice(i + 1, end);
      if (value.includes('<')) problems.push(`'<' inside attribute ${attr} of <${name}>`);
      checkEntities(value, i + 1, problems);
      if (attributes.has(attr)) problems.push(`duplicate attribute ${attr} in <${name}>`);
      attributes.set(attr, value);
      i = end + 1;
      if (!isSpace(src[i]) && src[i] !== '>' && src[i] !== '/')
        problems.push(`no space after attribute ${attr} in <${name}>`);
    }
    elements.push({ name, attributes });
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return { problems, elements };
}
