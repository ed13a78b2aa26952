/**
 * The character sheet: how each look in `src/sim/people/looks.ts` is drawn. Each entry follows the look's
 * text description, which is also the portrait's alt text, so the two must agree.
 */
import type { LookId } from '../sim/people/looks.ts';
import type { Cloth, HairColour, IrisColour, SkinTone } from './palette.ts';

export type HairStyle =
  | 'natural-crop'
  | 'side-part'
  | 'receding'
  | 'ponytail'
  | 'bob'
  | 'thinning'
  | 'close-crop'
  | 'hijab'
  | 'curly'
  | 'cap'
  | 'combed-back'
  | 'long-wavy'
  | 'bun'
  | 'pixie'
  | 'braids'
  | 'shaved';

export type Outfit =
  | 'cardigan'
  | 'polo'
  | 'tweed'
  | 'hi-vis'
  | 'lanyard-top'
  | 'jumper'
  | 'suit'
  | 'blazer'
  | 'knit'
  | 'courier'
  | 'shirt-tie'
  | 'blouse'
  | 'open-suit'
  | 'fleece'
  | 'apron';

/** Age bands drive wrinkles and how the face sits; they follow the decade in the description. */
export type Age = 'twenties' | 'thirties' | 'forties' | 'fifties' | 'sixties' | 'seventies';

export interface Character {
  readonly skin: SkinTone;
  readonly hair: HairStyle;
  readonly hairColour: HairColour;
  readonly iris: IrisColour;
  readonly age: Age;
  /** Broad frames get wider shoulders, a squarer jaw and heavier brows. */
  readonly frame: 'narrow' | 'broad';
  readonly outfit: Outfit;
  readonly clothes: Cloth;
  readonly beard: 'none' | 'short' | 'neat' | 'stubble';
  readonly glasses: 'none' | 'rect' | 'reading';
  readonly headset: boolean;
  readonly wheelchair: boolean;
  readonly freckles: boolean;
  readonly earrings: 'none' | 'studs' | 'hoops';
  /** Brow colour when it differs from the hair (grey hair often keeps darker brows). */
  readonly brow: string;
  /** Small changes to the shared face shape, so the cast are not all one head: units of the viewBox. */
  readonly face: { readonly wide: number; readonly long: number; readonly chin: number };
}

const base = {
  beard: 'none',
  glasses: 'none',
  headset: false,
  wheelchair: false,
  freckles: false,
  earrings: 'none',
} as const;

export const CAST: Readonly<Record<LookId, Character>> = {
  okafor: {
    ...base,
    skin: 'deep',
    hair: 'natural-crop',
    hairColour: 'grey',
    iris: 'darkBrown',
    age: 'fifties',
    frame: 'narrow',
    outfit: 'cardigan',
    clothes: 'mustard',
    earrings: 'studs',
    brow: '#2b201b',
    face: { wide: 2, long: 0, chin: 3 },
  },
  mistry: {
    ...base,
    skin: 'medium',
    hair: 'side-part',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'thirties',
    frame: 'broad',
    outfit: 'polo',
    clothes: 'navy',
    glasses: 'rect',
    brow: '#1d1615',
    face: { wide: 0, long: 0, chin: 0 },
  },
  calder: {
    ...base,
    skin: 'light',
    hair: 'receding',
    hairColour: 'grey',
    iris: 'hazel',
    age: 'sixties',
    frame: 'broad',
    outfit: 'tweed',
    clothes: 'tweed',
    beard: 'short',
    brow: '#6f6a64',
    face: { wide: 0, long: 2, chin: 1 },
  },
  nowak: {
    ...base,
    skin: 'light',
    hair: 'ponytail',
    hairColour: 'blonde',
    iris: 'blue',
    age: 'forties',
    frame: 'narrow',
    outfit: 'hi-vis',
    clothes: 'hiVis',
    earrings: 'studs',
    brow: '#9c7a45',
    face: { wide: 0, long: 0, chin: 0 },
  },
  chen: {
    ...base,
    skin: 'warm',
    hair: 'bob',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'twenties',
    frame: 'narrow',
    outfit: 'lanyard-top',
    clothes: 'plum',
    headset: true,
    brow: '#221b1a',
    face: { wide: 1, long: -3, chin: 3 },
  },
  hughes: {
    ...base,
    skin: 'ruddy',
    hair: 'thinning',
    hairColour: 'white',
    iris: 'blue',
    age: 'seventies',
    frame: 'broad',
    outfit: 'jumper',
    clothes: 'green',
    wheelchair: true,
    brow: '#968d82',
    face: { wide: -1, long: 3, chin: 0 },
  },
  adeyemi: {
    ...base,
    skin: 'deepest',
    hair: 'close-crop',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'forties',
    frame: 'broad',
    outfit: 'suit',
    clothes: 'grey',
    brow: '#1a1312',
    face: { wide: 0, long: 3, chin: 2 },
  },
  farah: {
    ...base,
    skin: 'brown',
    hair: 'hijab',
    hairColour: 'black',
    iris: 'brown',
    age: 'thirties',
    frame: 'narrow',
    outfit: 'blazer',
    clothes: 'charcoal',
    brow: '#1f1715',
    face: { wide: 0, long: 0, chin: 0 },
  },
  oconnor: {
    ...base,
    skin: 'fair',
    hair: 'curly',
    hairColour: 'copper',
    iris: 'green',
    age: 'fifties',
    frame: 'narrow',
    outfit: 'knit',
    clothes: 'denim',
    glasses: 'reading',
    freckles: true,
    brow: '#8a4526',
    face: { wide: 1, long: 0, chin: 2 },
  },
  reid: {
    ...base,
    skin: 'ruddy',
    hair: 'cap',
    hairColour: 'ginger',
    iris: 'grey',
    age: 'twenties',
    frame: 'broad',
    outfit: 'courier',
    clothes: 'red',
    beard: 'stubble',
    freckles: true,
    brow: '#7a4325',
    face: { wide: -1, long: 1, chin: 0 },
  },
  khan: {
    ...base,
    skin: 'tan',
    hair: 'combed-back',
    hairColour: 'saltPepper',
    iris: 'darkBrown',
    age: 'fifties',
    frame: 'broad',
    outfit: 'shirt-tie',
    clothes: 'shirtBlue',
    beard: 'neat',
    brow: '#1c1514',
    face: { wide: 1, long: 0, chin: 0 },
  },
  silva: {
    ...base,
    skin: 'olive',
    hair: 'long-wavy',
    hairColour: 'darkBrown',
    iris: 'brown',
    age: 'thirties',
    frame: 'narrow',
    outfit: 'blouse',
    clothes: 'coral',
    earrings: 'hoops',
    brow: '#2a1c17',
    face: { wide: 0, long: 1, chin: 0 },
  },
  bennett: {
    ...base,
    skin: 'fair',
    hair: 'bun',
    hairColour: 'brown',
    iris: 'hazel',
    age: 'forties',
    frame: 'narrow',
    outfit: 'cardigan',
    clothes: 'teal',
    glasses: 'rect',
    brow: '#4a2f1f',
    face: { wide: 1, long: 1, chin: 1 },
  },
  ellison: {
    ...base,
    skin: 'light',
    hair: 'bob',
    hairColour: 'silver',
    iris: 'blue',
    age: 'sixties',
    frame: 'narrow',
    outfit: 'blazer',
    clothes: 'navy',
    earrings: 'studs',
    brow: '#8d8984',
    face: { wide: -1, long: 2, chin: 2 },
  },
  pryce: {
    ...base,
    skin: 'light',
    hair: 'close-crop',
    hairColour: 'brown',
    iris: 'green',
    age: 'thirties',
    frame: 'broad',
    outfit: 'polo',
    clothes: 'teal',
    beard: 'neat',
    brow: '#4a2f1f',
    face: { wide: -2, long: 1, chin: -2 },
  },
  haddad: {
    ...base,
    skin: 'olive',
    hair: 'pixie',
    hairColour: 'black',
    iris: 'brown',
    age: 'thirties',
    frame: 'narrow',
    outfit: 'blouse',
    clothes: 'teal',
    earrings: 'hoops',
    brow: '#1d1615',
    face: { wide: -1, long: -1, chin: 1 },
  },
  marsh: {
    ...base,
    skin: 'ruddy',
    hair: 'close-crop',
    hairColour: 'grey',
    iris: 'grey',
    age: 'fifties',
    frame: 'broad',
    outfit: 'hi-vis',
    clothes: 'hiVisOrange',
    beard: 'stubble',
    brow: '#6f6a64',
    face: { wide: 3, long: 0, chin: 4 },
  },
  okoro: {
    ...base,
    skin: 'deep',
    hair: 'natural-crop',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'twenties',
    frame: 'broad',
    outfit: 'fleece',
    clothes: 'grey',
    brow: '#1a1312',
    face: { wide: -2, long: -1, chin: 0 },
  },
  malik: {
    ...base,
    skin: 'tan',
    hair: 'side-part',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'thirties',
    frame: 'broad',
    outfit: 'open-suit',
    clothes: 'navy',
    beard: 'neat',
    brow: '#1c1514',
    face: { wide: -1, long: 2, chin: -1 },
  },
  brennan: {
    ...base,
    skin: 'ruddy',
    hair: 'side-part',
    hairColour: 'sandy',
    iris: 'blue',
    age: 'forties',
    frame: 'broad',
    outfit: 'fleece',
    clothes: 'green',
    beard: 'stubble',
    freckles: true,
    brow: '#8d6a3e',
    face: { wide: 2, long: -1, chin: 2 },
  },
  morgan: {
    ...base,
    skin: 'fair',
    hair: 'ponytail',
    hairColour: 'darkBrown',
    iris: 'green',
    age: 'thirties',
    frame: 'narrow',
    outfit: 'fleece',
    clothes: 'red',
    brow: '#2a1c17',
    face: { wide: 1, long: -2, chin: 2 },
  },
  price: {
    ...base,
    skin: 'deepest',
    hair: 'braids',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'forties',
    frame: 'narrow',
    outfit: 'blazer',
    clothes: 'burgundy',
    earrings: 'studs',
    brow: '#1a1312',
    face: { wide: 1, long: 1, chin: 0 },
  },
  shaw: {
    ...base,
    skin: 'light',
    hair: 'side-part',
    hairColour: 'grey',
    iris: 'grey',
    age: 'fifties',
    frame: 'broad',
    outfit: 'suit',
    clothes: 'navy',
    glasses: 'rect',
    brow: '#5f5a55',
    face: { wide: -2, long: 3, chin: 0 },
  },
  hollis: {
    ...base,
    skin: 'light',
    hair: 'shaved',
    hairColour: 'brown',
    iris: 'hazel',
    age: 'forties',
    frame: 'broad',
    outfit: 'fleece',
    clothes: 'charcoal',
    beard: 'neat',
    brow: '#4a2f1f',
    face: { wide: 3, long: 0, chin: 3 },
  },
  mendes: {
    ...base,
    skin: 'tan',
    hair: 'curly',
    hairColour: 'black',
    iris: 'brown',
    age: 'twenties',
    frame: 'narrow',
    outfit: 'knit',
    clothes: 'teal',
    brow: '#1d1615',
    face: { wide: 0, long: -2, chin: 1 },
  },
  lowe: {
    ...base,
    skin: 'fair',
    hair: 'close-crop',
    hairColour: 'blonde',
    iris: 'blue',
    age: 'thirties',
    frame: 'broad',
    outfit: 'jumper',
    clothes: 'navy',
    beard: 'stubble',
    brow: '#9c7a45',
    face: { wide: -3, long: 2, chin: -1 },
  },
  nair: {
    ...base,
    skin: 'medium',
    hair: 'long-wavy',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'twenties',
    frame: 'narrow',
    outfit: 'cardigan',
    clothes: 'plum',
    earrings: 'studs',
    brow: '#1d1615',
    face: { wide: -1, long: -2, chin: 1 },
  },
  aziz: {
    ...base,
    skin: 'olive',
    hair: 'combed-back',
    hairColour: 'black',
    iris: 'brown',
    age: 'forties',
    frame: 'broad',
    outfit: 'apron',
    clothes: 'burgundy',
    beard: 'short',
    brow: '#1c1514',
    face: { wide: 1, long: 1, chin: 1 },
  },
  rahman: {
    ...base,
    skin: 'brown',
    hair: 'bun',
    hairColour: 'black',
    iris: 'darkBrown',
    age: 'thirties',
    frame: 'narrow',
    outfit: 'jumper',
    clothes: 'rose',
    earrings: 'studs',
    brow: '#1f1715',
    face: { wide: 0, long: 0, chin: 2 },
  },
};
