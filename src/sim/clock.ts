/**
 * The in-scenario clock counts minutes from the start of the scenario, which
 * opens on a Monday at 09:00. Pure helpers; the session owns the value.
 */
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const START_MINUTE = 9 * 60;

export function clockLabel(minutes: number): string {
  const total = START_MINUTE + minutes;
  const day = DAYS[Math.floor(total / (24 * 60)) % DAYS.length] ?? 'Mon';
  const inDay = total % (24 * 60);
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${day} ${hh}:${mm}`;
}

export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** Status of a running deadline: at risk once less than a quarter of its window remains. */
export function deadlineStatus(
  now: number,
  startedAt: number,
  dueAt: number,
): 'on-track' | 'at-risk' | 'breached' {
  if (now > dueAt) return 'breached';
  const window = dueAt - startedAt;
  return dueAt - now < window / 4 ? 'at-risk' : 'on-track';
}
