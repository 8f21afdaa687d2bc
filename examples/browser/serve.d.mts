// Types of serve.mjs, for the browser test that imports it.
/** Starts serving the repository on `port` (0: any free port) on the loopback interface. */
export function serveRepository(port?: number): Promise<{ url: string; close: () => Promise<void> }>;
