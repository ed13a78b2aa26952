/**
 * Where the sound files are. Kept apart from the logic because these imports need Vite
 * (`?url` gives each file's built URL); the rest of src/audio runs in plain Node.
 *
 * Each sound lists Ogg Vorbis first (sample-exact, so loops are seamless), then MP3 for browsers
 * without Vorbis. Howler plays the first one the browser supports.
 */
import shopFloorOgg from '../../assets/audio/shop-floor.ogg?url';
import shopFloorMp3 from '../../assets/audio/shop-floor.mp3?url';
import contactCentreOgg from '../../assets/audio/contact-centre.ogg?url';
import contactCentreMp3 from '../../assets/audio/contact-centre.mp3?url';
import warehouseOgg from '../../assets/audio/warehouse.ogg?url';
import warehouseMp3 from '../../assets/audio/warehouse.mp3?url';
import officeOgg from '../../assets/audio/office.ogg?url';
import officeMp3 from '../../assets/audio/office.mp3?url';
import customerHomeOgg from '../../assets/audio/customer-home.ogg?url';
import customerHomeMp3 from '../../assets/audio/customer-home.mp3?url';
import uiSelectOgg from '../../assets/audio/ui-select.ogg?url';
import uiSelectMp3 from '../../assets/audio/ui-select.mp3?url';
import uiConfirmOgg from '../../assets/audio/ui-confirm.ogg?url';
import uiConfirmMp3 from '../../assets/audio/ui-confirm.mp3?url';
import uiOpenOgg from '../../assets/audio/ui-open.ogg?url';
import uiOpenMp3 from '../../assets/audio/ui-open.mp3?url';
import uiCloseOgg from '../../assets/audio/ui-close.ogg?url';
import uiCloseMp3 from '../../assets/audio/ui-close.mp3?url';
import moodBetterOgg from '../../assets/audio/mood-better.ogg?url';
import moodBetterMp3 from '../../assets/audio/mood-better.mp3?url';
import moodWorseOgg from '../../assets/audio/mood-worse.ogg?url';
import moodWorseMp3 from '../../assets/audio/mood-worse.mp3?url';
import escalationOgg from '../../assets/audio/escalation.ogg?url';
import escalationMp3 from '../../assets/audio/escalation.mp3?url';
import endingStrongOgg from '../../assets/audio/ending-strong.ogg?url';
import endingStrongMp3 from '../../assets/audio/ending-strong.mp3?url';
import endingPartialOgg from '../../assets/audio/ending-partial.ogg?url';
import endingPartialMp3 from '../../assets/audio/ending-partial.mp3?url';
import endingFailedOgg from '../../assets/audio/ending-failed.ogg?url';
import endingFailedMp3 from '../../assets/audio/ending-failed.mp3?url';
import clockTickOgg from '../../assets/audio/clock-tick.ogg?url';
import clockTickMp3 from '../../assets/audio/clock-tick.mp3?url';
import type { SoundCatalogue } from './types.ts';

export const SOUND_CATALOGUE: SoundCatalogue = {
  ambience: {
    'shop-floor': [shopFloorOgg, shopFloorMp3],
    'contact-centre': [contactCentreOgg, contactCentreMp3],
    warehouse: [warehouseOgg, warehouseMp3],
    office: [officeOgg, officeMp3],
    'customer-home': [customerHomeOgg, customerHomeMp3],
  },
  cues: {
    'ui-select': [uiSelectOgg, uiSelectMp3],
    'ui-confirm': [uiConfirmOgg, uiConfirmMp3],
    'ui-open': [uiOpenOgg, uiOpenMp3],
    'ui-close': [uiCloseOgg, uiCloseMp3],
    'mood-better': [moodBetterOgg, moodBetterMp3],
    'mood-worse': [moodWorseOgg, moodWorseMp3],
    escalation: [escalationOgg, escalationMp3],
    'ending-strong': [endingStrongOgg, endingStrongMp3],
    'ending-partial': [endingPartialOgg, endingPartialMp3],
    'ending-failed': [endingFailedOgg, endingFailedMp3],
    'clock-tick': [clockTickOgg, clockTickMp3],
  },
};
