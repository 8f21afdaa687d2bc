// Types of alias-folder.mjs, for the tests that import it.
export interface CliRun {
  code: number | null;
  seconds: number;
  peakMib: number | undefined;
  stdout: string;
  stderr: string;
}
export function writeAliasFolder(count: number): string;
export function measureCli(args: string[]): Promise<CliRun>;
