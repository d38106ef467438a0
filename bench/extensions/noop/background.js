// An empty service worker: Caveat has one, and the benchmark's browser waits for it to start.
