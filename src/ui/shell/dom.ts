/** A tiny element builder, so views read as the structure they create. */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function')
      element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    else if (name === 'style') setStyle(element, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * A table's head: one row of column headers. A string is a header cell (`th scope="col"`); a
 * cell made by the caller (another class, more than text) goes in as it is; null is left out.
 */
export function tableHead(
  ...headings: readonly (string | HTMLTableCellElement | null)[]
): HTMLTableSectionElement {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      ...headings.map((heading) =>
        typeof heading === 'string' ? h('th', { scope: 'col' }, heading) : heading,
      ),
    ),
  );
}

/**
 * Set inline declarations through the CSSOM (`element.style`), which a strict
 * Content Security Policy allows; a `style` attribute would be blocked.
 */
function setStyle(element: HTMLElement | SVGElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    element.style.setProperty(
      declaration.slice(0, colon).trim(),
      declaration.slice(colon + 1).trim(),
    );
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no element #${id}`);
  return element as T;
}

/**
 * Offer `text` as a file named `name`: a link made for this one download and
 * released after, so nothing is retained.
 */
export function downloadFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
