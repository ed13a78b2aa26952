/**
 * The SCORM 1.2 adapter finds the LMS's API by the standard search (this
 * window, up to seven parents, then the opener and its parents), and when
 * there is none the learner is told in plain words as the scenario opens.
 */
import { describe, expect, it } from 'vitest';
import { connectScorm12, type Scorm12Api } from '../../src/lms/scorm12.ts';

interface FakeWindow {
  parent: FakeWindow;
  opener: FakeWindow | null;
  API?: Scorm12Api;
  addEventListener(): void;
}

function fakeWindow(parent?: FakeWindow, opener: FakeWindow | null = null): FakeWindow {
  const win: FakeWindow = { opener, addEventListener: () => {} } as unknown as FakeWindow;
  win.parent = parent ?? win;
  return win;
}

function fakeApi(): Scorm12Api & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => 'true',
    LMSGetValue: () => '',
    LMSSetValue: () => 'true',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
}

const told = (win: FakeWindow): string[] => {
  const messages: string[] = [];
  const reporter = connectScorm12(win as unknown as Window);
  reporter.listen((message) => messages.push(message));
  reporter.began({ state: { decisions: [] } } as never);
  return messages;
};

describe('finding the SCORM 1.2 API', () => {
  it('tells the learner in plain words when no LMS can be found, and play goes on', () => {
    const messages = told(fakeWindow(fakeWindow()));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/could not be found.*You can still play/);
    expect(messages[0]).toMatch(/kept on this device/);
  });

  it('finds the API in a parent frame, up to seven levels up', () => {
    const api = fakeApi();
    let top = fakeWindow();
    top.API = api;
    const root = top;
    for (let level = 0; level < 7; level += 1) top = fakeWindow(top);
    expect(told(top)).toEqual([]);
    expect(api.calls).toEqual(['LMSInitialize']);
    expect(root.API).toBe(api);
  });

  it('finds the API in the window that opened this one', () => {
    const api = fakeApi();
    const lms = fakeWindow();
    lms.API = api;
    expect(told(fakeWindow(undefined, lms))).toEqual([]);
    expect(api.calls).toEqual(['LMSInitialize']);
  });

  it('does not climb further than seven parents', () => {
    const api = fakeApi();
    let top = fakeWindow();
    top.API = api;
    for (let level = 0; level < 8; level += 1) top = fakeWindow(top);
    expect(told(top)[0]).toMatch(/could not be found/);
    expect(api.calls).toEqual([]);
  });
});
