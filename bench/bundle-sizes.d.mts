// Types of bundle-sizes.mjs, for the test that imports it.
/** Bundles a consumer of the built package (its specifiers mapped to dist/) as an app would. */
export function bundleConsumer(source: string): Promise<string>;
/** Minified and gzipped size of each small consumer, in KB. */
export function bundleSizes(): Promise<Record<string, { minifiedKb: number; gzipKb: number }>>;
