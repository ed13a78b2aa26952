/**
 * A random id for this device, made once and kept in its storage: put in the
 * result files of a learner who gave no name, so a tutor's class page shows
 * that learner's attempts together as one "Unnamed learner" (it says nothing
 * about who they are). Null when the device keeps nothing.
 */
const KEY = 'service-chain:anonymous-device';

export function anonymousDeviceId(storage: Storage): string | null {
  try {
    const kept = storage.getItem(KEY);
    if (kept && /^[a-z0-9-]{8,64}$/.test(kept)) return kept;
    const made = crypto.randomUUID();
    storage.setItem(KEY, made);
    return made;
  } catch {
    return null;
  }
}
