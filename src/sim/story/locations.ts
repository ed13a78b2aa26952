/** The places a scene can be set; each has a background in the art. */
export const LOCATIONS = [
  'shop-floor',
  'contact-centre',
  'warehouse',
  'office',
  'customer-home',
] as const;

export type Location = (typeof LOCATIONS)[number];

export const isLocation = (value: string): value is Location =>
  (LOCATIONS as readonly string[]).includes(value);
