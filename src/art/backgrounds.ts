/**
 * Scene backgrounds, 1280 x 720, one per location. Calm, muted colours so that portraits and the
 * DOM text laid over them stay readable.
 */
import type { Location } from '../sim/story/locations.ts';
import { contactCentre } from './scenes/contact-centre.ts';
import { customerHome } from './scenes/customer-home.ts';
import { H, W } from './scenes/kit.ts';
import { office } from './scenes/office.ts';
import { shopFloor } from './scenes/shop-floor.ts';
import { warehouse } from './scenes/warehouse.ts';
import { SCENE } from './palette.ts';
import { rect, svgDoc } from './svg.ts';

const SCENES: Readonly<Record<Location, () => string>> = {
  'shop-floor': shopFloor,
  'contact-centre': contactCentre,
  warehouse,
  office,
  'customer-home': customerHome,
};

/** A light haze over every scene: softens contrast so the foreground (people, text) leads. */
const HAZE = rect(0, 0, W, H, SCENE.haze, { opacity: 0.12 });

export const backgroundSvg = (location: Location): string =>
  svgDoc(W, H, SCENES[location]() + HAZE);
