/**
 * Notices when Web Chat has stopped polling. After a network error (the server
 * restarting, a train tunnel) botframework-directlinejs ends its polling loop
 * without telling anyone, and the page would wait forever. Each poll is an
 * XHR that shows up in the browser's resource timing, so watching those costs
 * the server nothing, unlike a heartbeat request from every open page.
 */

export interface PollWatch {
  /** How long ago (ms) the last poll of the Direct Line stream finished. */
  sincePoll(): number;
  /** A new client starts now: count from here. */
  reset(): void;
}

/** Starts watching the page's Direct Line polls. */
export function watchPolls(now: () => number = Date.now): PollWatch {
  let last = now();
  // Without resource timing the page cannot tell, and relies on Web Chat's own errors alone.
  if (typeof PerformanceObserver === 'undefined') return { sincePoll: () => 0, reset: () => {} };
  const watch = { sincePoll: () => now() - last, reset: () => void (last = now()) };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (/\/v3\/directline\/conversations\/[^/]+\/activities/.test(entry.name)) last = now();
  });
  observer.observe({ type: 'resource', buffered: false });
  return watch;
}
