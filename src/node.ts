// canonym/node: reading and validating alias files on disk. Node only; the core stays browser-safe.
export { loadAliasDirectory, PROGRESS_EVERY, type AliasFolderOptions, type AliasProgress, type LoadedAliases } from "./node/load-aliases.js";
export { mergeEntries, validateAliasDirectory, validateLoadedAliases } from "./node/validate-aliases.js";
export { formatProblem, parseAliasFile, toEntity, type AliasDocument, type AliasProblem, type ParsedAliasFile } from "./validate/alias-document.js";
export { checkDictionary, checkEntityTests, type DictionaryEntry } from "./validate/dictionary.js";
