/** What VS Code gives a webview's script (type-checking of panel.js only; not shipped). */
declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): any;
  setState(state: unknown): void;
};
