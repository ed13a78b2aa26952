import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/build/markup-text.ts';

/** Text with the characters that mean something in markup, often. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ';', '#', 'a', 'é', ' ', '’') }),
  fc.string({ unit: 'grapheme' }),
);

/** The entities escapeMarkup writes, read back. */
const unescape = (escaped: string): string =>
  escaped.replace(/&(amp|lt|gt|quot|#39);/g, (_entity, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

describe('escapeMarkup', () => {
  it('leaves no character that means something in markup, and reads back as the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const escaped = escapeMarkup(input);
        expect(escaped).not.toMatch(/[<>"']/);
        // Every & begins one of its entities.
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(unescape(escaped)).toBe(input);
      }),
    );
  });

  it('reads back as the text in an HTML parser, as content and as a quoted attribute', () => {
    const document = new Window().document;
    fc.assert(
      fc.property(text, (input) => {
        const escaped = escapeMarkup(input);
        const holder = document.createElement('div');
        holder.innerHTML = `<p title="${escaped}" data-single='${escaped}'>${escaped}</p>`;
        const p = holder.querySelector('p');
        expect(p?.textContent).toBe(input);
        expect(p?.getAttribute('title')).toBe(input);
        expect(p?.getAttribute('data-single')).toBe(input);
      }),
    );
  });

  it('writes the entities that HTML and XML both know', () => {
    expect(escapeMarkup(`Tom & Jerry's "<sofa>"`)).toBe(
      'Tom &amp; Jerry&#39;s &quot;&lt;sofa&gt;&quot;',
    );
  });
});
