/** An Ink source as lines: comments removed (line numbers kept), and each line split from its tags. */

/** Remove `//` and `/* … *\/` comments, keeping line breaks so numbers stay true. */
export function stripComments(source: string): string[] {
  let inBlock = false;
  return source.split(/\r?\n/).map((line) => {
    let out = '';
    for (let i = 0; i < line.length; i += 1) {
      if (inBlock) {
        if (line.startsWith('*/', i)) {
          inBlock = false;
          i += 1;
        }
        continue;
      }
      if (line.startsWith('/*', i)) {
        inBlock = true;
        i += 1;
        continue;
      }
      if (line.startsWith('//', i)) break;
      out += line[i];
    }
    return out;
  });
}

/** Split a line at unescaped `#`: the content, then each tag's text. */
export function splitTags(line: string): [string, string[]] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1];
      i += 1;
    } else if (ch === '#') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const [content = '', ...tags] = parts;
  return [content, tags.map((tag) => tag.trim()).filter((tag) => tag !== '')];
}
