/**
 * The seed of a new attempt: the order its options are shown in. Random, unless
 * the address names one (`?seed=42`), so a tutor's class or a test sees one order.
 * A scenario page's script draws it before the app has loaded (first-screen-script.ts).
 */
export function newSeed(): number {
  const named = new URLSearchParams(location.search).get('seed');
  if (named && /^[1-9]\d{0,8}$/.test(named)) return Number(named);
  return Math.floor(Math.random() * 2 ** 31) + 1;
}
