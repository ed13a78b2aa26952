/** Coarse bands of time, for telling apart states whose futures differ. */
const TIME_BANDS = [30, 60, 120, 240, 480, 1440, 2880];

/** Which band a span of minutes falls in: under 30 min, 1 h, 2 h, 4 h, 8 h, 1 day, 2 days, or more. */
export function timeBand(minutes: number): number {
  const band = TIME_BANDS.findIndex((limit) => minutes < limit);
  return band === -1 ? TIME_BANDS.length : band;
}
