/**
 * The shared colours of the Service Chain art. Portraits use fuller colour so people stand out;
 * backgrounds use the muted, slightly greyed tones below so characters and DOM text stay readable
 * over them. Change a colour here and every portrait and scene follows.
 */

/** A skin tone: base, the shadow side, lips, and the colour a flush or blush is mixed towards. */
export interface Skin {
  readonly base: string;
  readonly shade: string;
  readonly lip: string;
  readonly line: string;
}

export const SKIN = {
  fair: { base: '#f7d9c4', shade: '#e6b9a0', lip: '#c9796e', line: '#b98471' },
  light: { base: '#f2caab', shade: '#ddab8c', lip: '#c27263', line: '#b07a62' },
  ruddy: { base: '#efc1a2', shade: '#d9a080', lip: '#bf6c5c', line: '#aa735b' },
  warm: { base: '#eec49e', shade: '#d6a57f', lip: '#c2746a', line: '#a97a5d' },
  olive: { base: '#dcb08a', shade: '#c2926c', lip: '#ad6656', line: '#9a6f52' },
  medium: { base: '#c18658', shade: '#a56c42', lip: '#8f4f44', line: '#845235' },
  tan: { base: '#ad7349', shade: '#925b35', lip: '#7c443a', line: '#6f4329' },
  brown: { base: '#8e5b3c', shade: '#75462b', lip: '#683a30', line: '#5a3520' },
  deep: { base: '#70452f', shade: '#5a3322', lip: '#512b22', line: '#43271a' },
  deepest: { base: '#5e3a27', shade: '#4a2b1b', lip: '#44261c', line: '#381f14' },
} as const satisfies Record<string, Skin>;

export type SkinTone = keyof typeof SKIN;

/** Hair: base, a lighter sheen and a darker depth colour for layering. */
export interface Hair {
  readonly base: string;
  readonly light: string;
  readonly dark: string;
}

export const HAIR = {
  black: { base: '#231c1b', light: '#463a37', dark: '#120d0d' },
  darkBrown: { base: '#3a2720', light: '#5e4135', dark: '#22150f' },
  grey: { base: '#a8a39d', light: '#cdc8c1', dark: '#7c7771' },
  white: { base: '#e6e2dc', light: '#f7f5f1', dark: '#bdb7ae' },
  blonde: { base: '#d5ad62', light: '#ecd08f', dark: '#a9843f' },
  copper: { base: '#b4532b', light: '#d9783f', dark: '#85391b' },
  ginger: { base: '#9a5430', light: '#bd7245', dark: '#6d3a1f' },
  saltPepper: { base: '#2b2523', light: '#8d8783', dark: '#171211' },
  brown: { base: '#6b4630', light: '#8f6448', dark: '#4a2f1f' },
  sandy: { base: '#b98f5a', light: '#d4ad78', dark: '#8d6a3e' },
  silver: { base: '#c9c7c4', light: '#ecebe8', dark: '#9d9a96' },
} as const satisfies Record<string, Hair>;

export type HairColour = keyof typeof HAIR;

/** Face feature colours shared by everyone. */
export const FACE = {
  ink: '#2a1c19',
  white: '#fbf8f3',
  teeth: '#fdfaf4',
  mouth: '#4a1c1e',
  tongue: '#cf6470',
  tear: '#9fd0ee',
  flush: '#e5483c',
  highlight: '#ffffff',
} as const;

export const IRIS = {
  brown: '#4a2d1f',
  darkBrown: '#2e1c14',
  hazel: '#6d5a2f',
  blue: '#4a7bab',
  green: '#4d7a55',
  grey: '#6b7f8c',
} as const;

export type IrisColour = keyof typeof IRIS;

/** The Northway Home brand: deep teal with a warm orange house mark. */
export const BRAND = {
  teal: '#2d6b67',
  tealDark: '#1f4f4c',
  orange: '#e0843f',
  cream: '#f6efe2',
} as const;

/** Clothing colours: each has a base and a shade for folds, collars and the shadow side. */
export const CLOTH = {
  mustard: ['#d39c2f', '#b07f20'],
  cream: ['#f1e6d0', '#d9ccb2'],
  navy: ['#263a5e', '#1a2945'],
  tweed: ['#8b6b4b', '#6c5138'],
  shirtBlue: ['#c9dbef', '#a9bfd8'],
  hiVis: ['#d7e23c', '#b9c42a'],
  hiVisOrange: ['#f08a2c', '#d0701a'],
  reflective: ['#d6dadd', '#aeb4b8'],
  charcoal: ['#3b3f47', '#2a2d33'],
  plum: ['#7a4d78', '#5f3a5d'],
  green: ['#3f7a4e', '#2f5f3c'],
  grey: ['#7d828a', '#63686f'],
  white: ['#f6f6f3', '#dcdcd6'],
  burgundy: ['#7d2a35', '#5e1d27'],
  rose: ['#c27a86', '#a2606c'],
  red: ['#c8372f', '#a02a24'],
  teal: ['#2f8a85', '#22706c'],
  coral: ['#e07b5f', '#c4604a'],
  denim: ['#50709a', '#3e5a80'],
} as const satisfies Record<string, readonly [string, string]>;

export type Cloth = keyof typeof CLOTH;

/** The muted scene tones used by every background. */
export const SCENE = {
  ink: '#3c4046',
  wallWarm: '#e4ddd2',
  wallCool: '#d6dde2',
  wallGrey: '#cfd2d3',
  floorWood: '#c9b79c',
  floorWoodDark: '#b7a486',
  floorConcrete: '#b9bbb8',
  floorConcreteDark: '#a7aaa7',
  ceiling: '#eeeae3',
  shadow: '#2e3236',
  white: '#f7f5f0',
  glass: '#cfe0e6',
  sky: '#d5e4ea',
  skyLow: '#e7eef0',
  wood: '#a88462',
  woodDark: '#8a6a4d',
  metal: '#9aa2a8',
  metalDark: '#6f777d',
  sage: '#9fb39a',
  sageDark: '#86a081',
  dustyBlue: '#8fa6b8',
  dustyBlueDark: '#7890a3',
  terracotta: '#c98f74',
  terracottaDark: '#b27a60',
  mustard: '#d2b36b',
  plant: '#7f9e78',
  plantDark: '#617f5c',
  lampGlow: '#f6e7bf',
  cardboard: '#c9a878',
  cardboardDark: '#ad8c5e',
  rackBlue: '#5f7a94',
  rackOrange: '#cf8f57',
  binBlue: '#6f8fab',
  binGrey: '#8e969c',
  forklift: '#d9b54a',
  forkliftDark: '#b3913a',
  hazard: '#d7c25a',
  screen: '#3d4b57',
  screenGlow: '#8fb3c7',
  rug: '#b8a08f',
  haze: '#eef0ee',
} as const;
