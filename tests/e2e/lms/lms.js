/*
 * The LMS side of the SCORM 1.2 browser test, as an LMS would run it: a
 * scorm-again API on window.API, committing to the test server's /commit,
 * and a frame that launches a SCO. `launch(url, kept)` starts a new LMS
 * session, resuming the CMI data an earlier session committed when given.
 */
/* global window, document, Scorm12API */
const KEPT = [
  'cmi.core.lesson_status',
  'cmi.core.lesson_location',
  'cmi.core.score.raw',
  'cmi.suspend_data',
];

window.launch = function launch(url, kept) {
  const api = new Scorm12API({
    lmsCommitUrl: '/commit',
    dataCommitFormat: 'flattened',
    autocommit: false,
    logLevel: 5,
  });
  if (kept) {
    // What an LMS keeps from one session of a SCO to the next.
    const resumed = {};
    for (const key of KEPT) if (kept[key] !== undefined) resumed[key] = kept[key];
    api.loadFromFlattenedJSON(resumed, '');
    api.cmi.core.entry = 'resume';
  }
  window.API = api;
  document.getElementById('sco').src = url;
};

window.closeSco = function closeSco() {
  document.getElementById('sco').src = 'about:blank';
};
