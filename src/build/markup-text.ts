/**
 * Text put into the HTML and XML the build writes (the scenario pages, the SCORM and cmi5
 * manifests): the one escape for all of them, safe as element content and as a quoted
 * attribute value in either language.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Not &apos;, which HTML before version 5 does not know.
  "'": '&#39;',
};

/** `text` with each character that means something in markup written as an entity. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
