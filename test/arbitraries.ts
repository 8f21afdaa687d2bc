// fast-check generators of the input canonym meets: names in many scripts, dressed in titles and
// marks, and the junk scraped text carries (lone surrogates, controls, bidi marks, mark floods).
import fc from "fast-check";
import { entities } from "../src/generated/aliases.js";
import type { EntityInput } from "../src/resolve/types.js";

/** Seed of every property and fuzz run in CI, so that a failure replays. */
export const FIXED_SEED = 20261123;

const dictionaryWords = [...new Set(entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.split(/\s+/)))].sort();

/** Pieces with a known hazard each. */
const hazards = [
  "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085",
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\uFEFF", "\u00AD", "\u061C",
  "\u0301", "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "\u064E\u0651", "\u05B4", "\u0640",
  "😀", "👩‍👩‍👧", "🇦🇫", "1️⃣", "\uFFFD", "\uFFFF", "\u{10FFFF}",
  "ﷺ", "ﬁ", "Ⅻ", "①", "ß", "İ", "ı", "ς", "ǅ", "ŉ", "ΐ", "ﬀ", "Å", "Ω", "ẞ",
  "'", "’", "-", "–", ".", ",", "(", ")", "\"", "«", "»", "/", "\\", "@", "#", "\t", "\n", "\r\n", "\u2028", " ", "\u00A0", "\u3000",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
];

/** Letters of many scripts, so that every transliterator and the script detection are exercised. */
const scriptSamples = [
  "Amir", "Muttaqi", "Zhirnov", "Poutine", "Erdoğan", "Đorđević", "Nguyễn", "Øster", "Łukasz",
  "Дмитрий", "Жирнов", "Володимир", "Ўзбек", "فلاديمير", "أمير", "وروسيا", "لأفغانستان", "محمد", "پوتین",
  "ولادیمیر", "ديمتري", "דמיטרי", "פוטין", "Βλαδίμηρος", "普京", "習近平", "김정은", "푸틴", "プーチン", "ぷーちん",
  "हिन्दी", "ქართული", "Հայերեն", "ไทย", "ᏣᎳᎩ", "ꓡꓲꓢꓳ", "𐌰𐌱", "𓀀", "ܐܬܘܪܝܐ", "ދިވެހި", "ⴰⵎⴰⵣⵉⵖ", "ᠮᠣᠩᠭᠣᠯ",
  "Mohammed", "al", "bin", "ibn", "von", "de", "Mullah", "President", "الرئيس", "господин", "Dr.", "U.S.", "TASS", "UN", "ООН",
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const codeUnits = fc.string({ unit: anyCodeUnit, maxLength: 40 });

/** Any sequence of code points from the whole of Unicode. */
export const codePoints = fc.string({ unit: anyCodePoint, maxLength: 40 });

/** Name-like strings: dictionary words, words of many scripts and hazards, joined by varied separators. */
export const nameLike = fc
  .array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...dictionaryWords) },
    { weight: 3, arbitrary: fc.constantFrom(...scriptSamples) },
    { weight: 2, arbitrary: fc.constantFrom(...hazards) },
    { weight: 1, arbitrary: codePoints },
  ), { maxLength: 6 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "  ", "-", "\u200C", "\t", ", "), { minLength: parts.length, maxLength: parts.length })
    .map((separators) => parts.map((part, i) => `${separators[i]}${part}`).join("")));

/** Any string canonym might be handed as a name. */
export const anyName = fc.oneof({ weight: 3, arbitrary: nameLike }, { weight: 1, arbitrary: codeUnits }, { weight: 1, arbitrary: codePoints });

/** Running text: sentences of name-like strings and plain words, with punctuation. */
export const anyText = fc
  .array(fc.oneof(
    { weight: 3, arbitrary: nameLike },
    { weight: 2, arbitrary: fc.constantFrom("the", "said", "and", "in", "le", "ministre", "a", "us", "un", "وزير", "قال", "в", "This", "And") },
    { weight: 1, arbitrary: fc.constantFrom(". ", "! ", "? ", "\n", "'s", "d'", "l'", "https://example.org/Putin", "«", "»") },
  ), { maxLength: 30 })
  .map((parts) => parts.join(" "));

/** Values that are not strings, for the TypeError paths. */
export const notAString = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, NaN, Symbol("s"), () => "x", new String("Putin")),
  fc.integer(), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }),
);

const syllables = ["ka", "mi", "ro", "za", "te", "vo", "lu", "shi", "an", "dra", "bel", "kov", "nez", "tor", "ul", "ya"];
const generatedWord = fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 4 }).map((s) => {
  const word = s.join("");
  return word[0]!.toUpperCase() + word.slice(1);
});
const generatedName = fc.array(generatedWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));

/** Valid dictionaries of 1 to 12 made-up entities with ids "e0", "e1", ... */
export const generatedDictionary = fc
  .array(fc.record({ name: generatedName, aliases: fc.array(generatedName, { maxLength: 3 }), type: fc.constantFrom("person", "organization", "place") }), { minLength: 1, maxLength: 12 })
  .map((list): EntityInput[] => list.map((e, i) => ({ id: `e${i}`, ...e })));
