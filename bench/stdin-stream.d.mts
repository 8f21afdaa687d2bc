// Types of stdin-stream.mjs, for the test that imports it.
export interface StreamResult {
  bytes: number;
  inputLines: number;
  outputLines: number;
  peakMib: number | undefined;
  seconds: number;
}
export function streamThroughCli(bytes: number): Promise<StreamResult>;
