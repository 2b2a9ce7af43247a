/* global window, document, MutationObserver */
// Injected into the page before its scripts by `npm run bench:browser` (scripts/bench-browser.ts): it records
// load milestones, long tasks and, per keystroke, when the visible editor first shows the expected text and when
// the frame after that has been painted. Plain JavaScript: it runs in the page as written.
(() => {
  const bench = {
    longTasks: [],
    formShown: undefined,
    formUsable: undefined,
    codeVisible: undefined,
    editorReady: undefined,
    keystroke: undefined,
  };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /** The text of the code the preview shows: Monaco's rendered lines, or the plain text until Monaco arrives. */
  const visibleCode = () => {
    const view = document.querySelector('#preview-tabpanel .code-view');
    if (view === null) return '';
    const lines = view.querySelector('.monaco-editor .view-lines');
    return (lines ?? view).textContent ?? '';
  };

  // A frame's animation callbacks run just before it is painted; a task posted from one runs once that frame is
  // painted. So a change made inside a callback shows in the frame being made, any other in the next frame. The
  // task is user-blocking, so it runs before the page's own queued work (React's scheduler posts messages).
  let inFrame = false;
  const nativeRequestFrame = window.requestAnimationFrame.bind(window);
  const afterNextPaint = (done) => {
    const postPainted = () => {
      const painted = () => done(performance.now());
      if (window.scheduler?.postTask !== undefined)
        void window.scheduler.postTask(painted, { priority: 'user-blocking' });
      else {
        const channel = new MessageChannel();
        channel.port1.onmessage = painted;
        channel.port2.postMessage(undefined);
      }
    };
    if (inFrame) postPainted();
    else nativeRequestFrame(postPainted);
  };

  const onMutation = () => {
    const now = performance.now();
    if (bench.formShown === undefined && document.getElementById('field-domains-primary') !== null) {
      bench.formShown = now;
      afterNextPaint((painted) => (bench.formUsable = painted));
    }
    if (bench.codeVisible === undefined && visibleCode().trim() !== '') bench.codeVisible = now;
    if (bench.editorReady === undefined && document.querySelector('.code-view .monaco-editor .view-line'))
      bench.editorReady = now;
    const keystroke = bench.keystroke;
    if (keystroke === undefined || keystroke.keydown === undefined || keystroke.visible !== undefined) return;
    if (!visibleCode().includes(keystroke.expected)) return;
    keystroke.visible = now;
    afterNextPaint((painted) => {
      keystroke.painted = painted;
    });
  };

  const observer = new MutationObserver(onMutation);
  const observe = () =>
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  if (document.documentElement === null) document.addEventListener('DOMContentLoaded', observe);
  else observe();

  // The page's animation callbacks run marked, and what they changed is looked at before the frame is painted
  // (the observer's own callback would only run after the callback returned, outside the mark).
  window.requestAnimationFrame = (callback) =>
    nativeRequestFrame((time) => {
      inFrame = true;
      try {
        callback(time);
      } finally {
        if (observer.takeRecords().length > 0) onMutation();
        inFrame = false;
      }
    });

  // Capture on window: the first listener to see the key, before React's root listener.
  window.addEventListener(
    'keydown',
    (event) => {
      if (bench.keystroke !== undefined && bench.keystroke.keydown === undefined)
        bench.keystroke.keydown = event.timeStamp;
    },
    true,
  );

  /** Resolves once `predicate()` holds (polled; the page's CSP forbids the string evaluation a harness would use). */
  bench.until = (predicate, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        if (predicate()) resolve(true);
        else if (performance.now() - started > timeout) reject(new Error(`Timed out: ${predicate}`));
        else setTimeout(poll, 5);
      };
      poll();
    });

  /** Arms the measurement of the next keystroke: the visible code must come to contain `expected`. */
  bench.expectText = (expected) => {
    bench.keystroke = { expected, keydown: undefined, visible: undefined, painted: undefined };
  };
})();
