import { TextEncoder } from "util";

/** jsdom does no layout, so nothing is ever resized: observers are never called. */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// jsdom (jest 29) leaves out APIs that browsers have and that Fluent UI and the host's request meter use.
Object.assign(globalThis, { TextEncoder, ResizeObserver: InertResizeObserver });
