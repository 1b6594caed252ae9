/**
 * A yield to the event loop: resolves in a task of its own (a timer), so that whatever is waiting — input, a
 * message, a timer — runs first. Timers only: the same in the extension host, a worker and a browser.
 */
export function nextTask(): Promise<void> {
  return new Promise(r => setTimeout(r, 0));
}
