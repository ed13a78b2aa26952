/** Entry point: start the app on the DOM at once; the canvas stage follows. */
import './ui/styles.css';
import { App } from './ui/app.ts';
import { byId } from './ui/dom.ts';

const stageHost = byId('stage');
const app = new App({
  root: byId('main'),
  stageHost,
  stageParking: byId('stage-parking'),
  title: byId('scenario-title'),
  storage: window.localStorage,
  loadStage: () => import('./stage/stage.ts').then(({ createStage }) => createStage(stageHost)),
});

void app.start(new URL(window.location.href));
