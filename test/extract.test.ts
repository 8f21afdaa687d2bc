// resolver.extract over running text: spans, evidence rules, clitics, short forms, options; and the seed articles (read from ../shared, never copied).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { createResolver, loadResolver } from "../src/resolve/create-resolver.js";
import { textWords } from "../src/extract/text-tokens.js";
import { cutHanRuns, hanLexicon, type HanLexicon } from "../src/extract/han-runs.js";
import { cutClitics } from "../src/extract/clitics.js";
import { mayBeDeclined, nominativeOf } from "../src/extract/inflection.js";
import { extractMentions, type MentionLookup } from "../src/extract/extract.js";
import type { Resolution } from "../src/resolve/types.js";
import { FIXED_SEED } from "./arbitraries.js";
// @ts-expect-error: a plain ESM script of the evaluation harness, without types
import { evaluateExtraction } from "../eval/extract.mjs";
import { SHARED_SKIP_REASON, shared, sharedAvailable } from "./helpers.js";

const resolver = createResolver(entities);

function spans(text: string, options?: Parameters<typeof resolver.extract>[1]): Array<[string, string]> {
  return resolver.extract(text, options).map((m) => [m.text, m.id]);
}

describe("textWords", () => {
  it("gives offsets into the original string, marks breaks, sentence starts and clitics", () => {
    const text = "Le ministre d'Afghanistan. The Taliban's envoy, “Zamir”";
    const words = textWords(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    const byText = Object.fromEntries(words.map((w) => [w.text, w]));
    expect(byText.d?.clitic).toBe(true);
    expect(byText.s?.possessive).toBe(true);
    expect(byText.The?.sentenceStart).toBe(true);
    expect(byText.Zamir?.breakBefore).toBe(true);
    expect(byText.Afghanistan?.capitalised).toBe(true);
    expect(byText.ministre?.lowercase).toBe(true);
  });

  it("keeps web addresses out of the prose", () => {
    const words = textWords("photo: https://example.org/AFP_2025.jpg credit AFP");
    expect(words.filter((w) => w.text === "AFP").map((w) => w.inAddress)).toEqual([true, false]);
  });

  it("reads an abbreviation written with dots as one word, its last dot included, and a period after it as an initial's", () => {
    const words = textWords("in the U.S. The talks; U.S.-backed. Plan B. A new e.g. move");
    expect(words.map((w) => w.text)).toEqual(["in", "the", "U.S.", "The", "talks", "U.S.", "backed", "Plan", "B", "A", "new", "e.g.", "move"]);
    // As after an initial ("A. Muttaqi"), the period tells nothing of a sentence's end.
    expect(words[3]?.sentenceStart).toBe(false);
    expect(words[5]?.breakBefore).toBe(true);
  });

  it("reads the period after an abbreviation written before names as no sentence's end, and after a word as one", () => {
    const words = textWords("Mr. Lavrov met Gen. Flynn in St. Petersburg. Then the Minister. Putin left.");
    const at = (text: string) => words.find((w) => w.text === text);
    for (const name of ["Lavrov", "Flynn", "Petersburg"]) expect([at(name)?.sentenceStart, at(name)?.breakBefore], name).toEqual([false, false]);
    expect([at("Then")?.sentenceStart, at("Putin")?.sentenceStart]).toEqual([true, true]);
  });

  it("counts offsets in UTF-16 code units, past emoji and astral letters", () => {
    const text = "😀 Kabul 𝐀 Moscow";
    for (const w of textWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it("cuts Japanese where the writing changes, katakana's length mark with its word, and joins a name's parts at a middle dot", () => {
    const text = "ウラジーミル・プーチン大統領は習近平主席と会談した。";
    const words = textWords(text);
    expect(words.map((w) => w.text)).toEqual(["ウラジーミル", "プーチン", "大統領", "は", "習近平主席", "と", "会談", "した"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.breakBefore)).toEqual([false, false, false, false, false, false, false, false]);
    expect(textWords("弗拉基米尔·普京")[1]?.breakBefore).toBe(false);
  });
});

describe("nominativeOf", () => {
  const known = (word: string): boolean => ["лавров", "москва", "захарова", "россия", "китай", "талибы", "кабулов"].includes(word.toLowerCase());

  it("reads a declined Cyrillic word as the dictionary word it is a case of, and leaves a dictionary word and other scripts alone", () => {
    const read = (word: string): string | undefined => nominativeOf(word, known);
    expect(["Лаврова", "Лавровым", "Москве", "Москвой", "Захаровой", "России", "Китая", "талибов", "Кабуловым"].map(read)).toEqual([
      "Лавров", "Лавров", "Москва", "Москва", "Захарова", "Россия", "Китай", "талибы", "Кабулов",
    ]);
    expect([read("Лавров"), read("Петрова"), read("Ива")]).toEqual([undefined, undefined, undefined]);
    expect([mayBeDeclined("Лаврова"), mayBeDeclined("普京")]).toEqual([true, false]);
  });

  it("reads a capitalised Latin word as the case of a dictionary word that Polish, Czech, Finnish or the Baltic languages make of it", () => {
    const latin = (word: string): boolean => ["putin", "lavrov", "moskwa", "zacharowa", "kabul", "region", "yemen", "russia", "mali"].includes(word.toLowerCase());
    const read = (word: string): string | undefined => nominativeOf(word, latin);
    expect(["Putinem", "Putinowi", "Putinovi", "Lavrovem", "Moskwie", "Zacharowej", "Putinin", "Kabulissa", "Putinas", "Kabulā"].map(read)).toEqual([
      "Putin", "Putin", "Putin", "Lavrov", "Moskwa", "Zacharowa", "Putin", "Kabul", "Putin", "Kabul",
    ]);
    // English adjectives and plurals, a stem under five letters, a small letter, a dictionary word as written: themselves.
    expect(["Yemeni", "Russian", "Regions", "Malia", "putinem", "Putin"].map(read)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([mayBeDeclined("Putinem"), mayBeDeclined("putinem")]).toEqual([true, false]);
  });
});

describe("cutHanRuns and cutClitics", () => {
  const lexicon = (): HanLexicon => hanLexicon(["习近平\n王毅\nxi jinping\n上海合作组织\n"]);

  it("cuts Chinese text at the dictionary's words, longest first, never at a single character, and drops what lies between", () => {
    const text = "习近平会见了王毅。他在学习。王毅会见习近平 上海合作组织";
    const words = cutHanRuns(textWords(text), lexicon);
    expect(words.map((w) => w.text)).toEqual(["习近平", "王毅", "他在学习", "王毅", "习近平", "上海合作组织"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    // A name does not continue across text dropped, nor across the end of a sentence.
    expect(words.map((w) => [w.sentenceStart, w.breakBefore])).toEqual([[true, false], [false, true], [true, true], [true, true], [false, true], [false, false]]);
    expect(lexicon().words.has("习")).toBe(false);
    // No word in Chinese characters: the dictionary is not asked.
    expect(cutHanRuns(textWords("Xi met Wang."), () => { throw new Error("asked"); }).map((w) => w.text)).toEqual(["Xi", "met", "Wang"]);
  });

  it("cuts a Korean particle off a dictionary word only, and sets the next word apart", () => {
    const known = new Set(["러시아", "김정은"]);
    const words = cutClitics(textWords("러시아의 김정은은 김정은 외무장관은"), (word) => known.has(word));
    expect(words.map((w) => w.text)).toEqual(["러시아", "김정은", "김정은", "외무장관은"]);
    expect(words.map((w) => w.breakBefore)).toEqual([false, true, true, false]);
    // A dictionary word whose last syllable is written as a particle is not cut: 김정은 is not 김정 and 은.
    expect(cutClitics(textWords("김정은"), (word) => word === "김정" || word === "김정은").map((w) => w.text)).toEqual(["김정은"]);
  });

  it("cuts one or two Hebrew prefixes off a dictionary word, and sets it apart from the word before", () => {
    const known = new Set(["רוסיה", "סין", "ולדימיר"]);
    const text = "השגריר ברוסיה ובסין ולדימיר לונדון";
    const words = cutClitics(textWords(text), (word) => known.has(word));
    expect(words.map((w) => w.text)).toEqual(["השגריר", "רוסיה", "סין", "ולדימיר", "לונדון"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.breakBefore)).toEqual([false, true, true, false, false]);
  });
});

describe("resolver.extract", () => {
  it("finds multi-word names and keeps titles outside the span", () => {
    const text = "Afghan Foreign Minister Amir Khan Muttaqi met Dmitry Zhirnov in Kabul on Thursday.";
    const mentions = resolver.extract(text);
    expect(mentions.map((m) => [m.text, m.id])).toEqual([
      ["Amir Khan Muttaqi", "amir-khan-muttaqi"],
      ["Dmitry Zhirnov", "dmitry-zhirnov"],
      ["Kabul", "kabul"],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds garbled and transliterated forms as resolve does", () => {
    expect(spans("The minister Amir Khan Motti spoke with envoy Zamir Kablov.")).toEqual([
      ["Amir Khan Motti", "amir-khan-muttaqi"],
      ["Zamir Kablov", "zamir-kabulov"],
    ]);
  });

  it("finds a weak alias longer than any form matched by resemblance, as written only", () => {
    const own = createResolver([
      { id: "hong-kong", name: "Hong Kong", type: "place", weakAliases: ["Hong Kong Special Administrative Region"] },
      { id: "kabul", name: "Kabul", type: "place" },
    ]);
    const found = (text: string) => own.extract(text).map((m) => [m.text, m.id]);
    expect(found("The Hong Kong Special Administrative Region and Kabul.")).toEqual([
      ["Hong Kong Special Administrative Region", "hong-kong"],
      ["Kabul", "kabul"],
    ]);
    // One word changed: no longer the weak alias, and too many words to be Hong Kong by resemblance.
    expect(found("The Hong Kong Special Administrative Regions and Kabul.")).toEqual([
      ["Hong Kong", "hong-kong"],
      ["Kabul", "kabul"],
    ]);
  });

  it("finds a country's name misspelt inside a long word, but no adjective, demonym or surname a slip away at its end or start", () => {
    expect(spans("Officials in Venezuala and the United Kingdm said Isreal had not.")).toEqual([
      ["Venezuala", "venezuela"],
      ["United Kingdm", "united-kingdom"],
      ["Isreal", "israel"],
    ]);
    // Not "Emirates", which each sounds like at 0.8.
    expect(spans("Both Meuritius and Mauritus are islands.")).toEqual([
      ["Meuritius", "mauritius"],
      ["Mauritus", "mauritius"],
    ]);
    expect(spans("The Bulgarian envoy met Roland and Germans in Sofia.")).toEqual([]);
  });

  it("reads Arabic without capitals, proclitics included in the span", () => {
    const text = "قال فلاديمير بوتين إن العلاقات بين وروسيا وباكستان جيدة";
    expect(spans(text)).toEqual([
      ["فلاديمير بوتين", "vladimir-putin"],
      ["وروسيا", "russia"],
      ["وباكستان", "pakistan"],
    ]);
  });

  it("reads a weak alias in Arabic with a conjunction or preposition joined to it, but not an adjective with the article", () => {
    expect(spans("بحث الأوضاع في غزة والسودان ولبنان وبمصر مع المملكة المتحدة والمملكة المتحدة")).toEqual([
      ["والسودان", "sudan"],
      ["ولبنان", "lebanon"],
      ["وبمصر", "egypt"],
      ["المملكة المتحدة", "united-kingdom"],
      ["والمملكة المتحدة", "united-kingdom"],
    ]);
    expect(resolver.resolve("والسودان")).toMatchObject({ id: "sudan", score: 0.96, matched: "السودان" });
    // "The Turkish" and "the Russian" spell Persian names of Türkiye and Russia once their article is off.
    expect(spans("التقى وزير الخارجية المصري بنظيره التركي والوفد الروسية")).toEqual([]);
  });

  it("leaves French elision and English possessives outside a span, and joins the parts of a name with them inside one", () => {
    expect(spans("Le gouvernement d'Afghanistan et l'ambassadeur")).toEqual([["Afghanistan", "afghanistan"]]);
    expect(spans("The Taliban's envoy arrived.")).toEqual([["Taliban", "taliban"]]);
    // Inside a name they join its parts, where the dictionary has such a name.
    expect(spans("The Taliban's Foreign Ministry thanked Russia's envoy.")).toEqual([
      ["Taliban's Foreign Ministry", "afghan-ministry-of-foreign-affairs"],
      ["Russia", "russia"],
    ]);
  });

  it("keeps an elided article inside a name, and the acronym a form writes after one an acronym", () => {
    expect(spans("Selon le Conseil de sécurité de l'ONU, rien.")).toEqual([["Conseil de sécurité de l'ONU", "united-nations-security-council"]]);
    // "de l'ONU" writes ONU in capitals, as the form "ONU" does: it matches by spelling only, so "Now" does not sound like it.
    expect(resolver.resolve("ONU")?.id).toBe("united-nations");
    expect(resolver.resolve("Now")).toBeNull();
    expect(spans("The envoy left. Now the talks end. En route, he met nobody.")).toEqual([]);
    // So does an acronym a form writes in parentheses ("Congo (DRC)"): "Dirk" does not sound like the DRC.
    // A word of the text in capitals is an acronym too, outside a headline: "RSA" does not sound like Russia ("Rusia").
    expect(resolver.resolve("RSA")?.id).toBe("russia");
    expect(spans("The RSA key and the NATO summit. Officials in KABOOL said.")).toEqual([["NATO", "nato"], ["KABOOL", "kabul"]]);
    const congo = createResolver([{ id: "drc", name: "Democratic Republic of the Congo", type: "place", aliases: ["Congo (DRC)"] }]);
    expect(congo.resolve("Congo DRC")?.id).toBe("drc");
    expect(congo.resolve("Congo Dirk")).toBeNull();
    // A title's abbreviation a form writes in capitals beside other words is an acronym there, in text too: "DR Congo".
    expect(spans("Fighting in DR Congo and the Congo went on. DR Lavrov spoke.")).toEqual([
      ["DR Congo", "congo-kinshasa"], ["Congo", "congo-brazzaville"], ["Lavrov", "sergey-lavrov"],
    ]);
    expect(resolver.resolve("Kong")).toBeNull();
  });

  it("finds hyphenated and quoted names", () => {
    expect(spans("Attacks claimed by ISIS-K worried “Saint Petersburg” officials.")).toEqual([
      ["ISIS-K", "islamic-state-khorasan-province"],
      ["Saint Petersburg", "saint-petersburg"],
    ]);
  });

  it("resolves a later short form to the entity named in full before it", () => {
    const lavrovs = createResolver([
      { id: "sergey-lavrov", name: "Sergey Lavrov", type: "person" },
      { id: "ivan-lavrov", name: "Ivan Lavrov", type: "person" },
    ]);
    expect(lavrovs.resolve("Lavrov")).toBeNull();
    const mentions = lavrovs.extract("Sergey Lavrov arrived in Moscow. Later, Lavrov said the talks went well.");
    expect(mentions.map((m) => [m.text, m.id, m.method])).toEqual([
      ["Sergey Lavrov", "sergey-lavrov", "exact"],
      ["Lavrov", "sergey-lavrov", "context"],
    ]);
    expect(lavrovs.extract("Later, Lavrov said the talks went well.")).toEqual([]);
  });

  it("resolves a later short form to the person named in full before it, even where it alone names another better", () => {
    // Dashti, a given name many share, says little: "Putin" alone names Dashti Putin ("D. Putin") best.
    const dashtis = ["Smith", "Jones", "Brown", "Khan", "Ivanov", "Garcia", "Silva", "Novak", "Meyer", "Rossi"].map((surname) => ({ id: surname.toLowerCase(), name: `Dashti ${surname}`, type: "person", aliases: [`D. ${surname}`] }));
    const putins = createResolver([
      { id: "vladimir-putin", name: "Vladimir Putin", type: "person" },
      { id: "dashti-putin", name: "Dashti Putin", type: "person", aliases: ["D. Putin"] },
      ...dashtis,
    ]);
    expect(putins.resolve("Putin")?.id).toBe("dashti-putin");
    expect(putins.extract("Vladimir Putin spoke. Later, Putin left.").map((m) => [m.text, m.id, m.method])).toEqual([
      ["Vladimir Putin", "vladimir-putin", "exact"],
      ["Putin", "vladimir-putin", "context"],
    ]);
  });

  it("takes a patronymic or nasab the dictionary's form does not write into the person's mention, in either script, and nothing for a patronymic alone", () => {
    const people = createResolver([
      { id: "vladimir-putin", name: "Vladimir Putin", type: "person", aliases: ["Владимир Путин"] },
      { id: "roman-abramovich", name: "Roman Abramovich", type: "person" },
    ]);
    const spans = (text: string) => people.extract(text).map((m) => [m.text, m.id]);
    expect(spans("President Vladimir Vladimirovich Putin met Roman Arkadyevich Abramovich.")).toEqual([
      ["Vladimir Vladimirovich Putin", "vladimir-putin"],
      ["Roman Arkadyevich Abramovich", "roman-abramovich"],
    ]);
    expect(spans("Президент Владимир Владимирович Путин заявил.")).toEqual([["Владимир Владимирович Путин", "vladimir-putin"]]);
    expect(spans("Vladimirovich said nothing; Ivan Petrovich went home.")).toEqual([]);
    // The surname Abramovich, the last of two words, is no patronymic: matched as itself.
    expect(spans("Roman Abramovich sold the club.")).toEqual([["Roman Abramovich", "roman-abramovich"]]);
    // A nasab, "bin" and the father's name, two words past the longest form.
    const osama = createResolver([{ id: "osama-bin-laden", name: "Osama bin Laden", type: "person" }]);
    expect(osama.extract("Osama bin Mohammed bin Awad bin Laden was killed.").map((m) => [m.text, m.id])).toEqual([["Osama bin Mohammed bin Awad bin Laden", "osama-bin-laden"]]);
  });

  it("tags no lone word that only sounds like part of a person's name, nor one written in small letters that the dictionary capitalises", () => {
    const people = createResolver([
      { id: "fiebach-joly", name: "Fiebach Joly", type: "person" },
      { id: "moire-said", name: "Moire Said", type: "person", aliases: ["Said"] },
    ]);
    expect(people.resolve("July")?.id).toBe("fiebach-joly");
    expect(people.resolve("said")?.score).toBe(1);
    expect(people.extract("In July the envoy said so.")).toEqual([]);
    // Spelled as the dictionary spells them, the same words are names.
    expect(people.extract("Then Joly and Said spoke.").map((m) => [m.text, m.id])).toEqual([
      ["Joly", "fiebach-joly"],
      ["Said", "moire-said"],
    ]);
  });

  it("takes a lone word that only sounds like a name for one only when it sounds very like it", () => {
    // "Russian" is Russia at 0.71 by sound: alone, with nothing in the text to confirm it, not a mention.
    expect(resolver.resolve("Russian")?.id).toBe("russia");
    expect(spans("The Russian envoy met officials in Kabool and Moskow.")).toEqual([
      ["Kabool", "kabul"],
      ["Moskow", "moscow"],
    ]);
    // A short name has many sound-alikes among common words: "Dutch" sounds like Daesh at 0.82, a garbled "Kabool" like Kabul at 0.94.
    expect(resolver.resolve("Dutch")?.score).toBeLessThan(0.9);
    expect(spans("The Dutch government said on Monday that it would review the deal.")).toEqual([]);
    // The dictionary decides what a word names: listed, a demonym is a mention as written.
    const withDemonym = createResolver([{ id: "russia", name: "Russia", type: "place", aliases: ["Russian"] }]);
    expect(withDemonym.extract("The Russian envoy left.").map((m) => [m.text, m.id])).toEqual([["Russian", "russia"]]);
  });

  it("takes no place's one-word name for the place right after a common given name, whose surname it is there", () => {
    const places = createResolver([{ id: "jordan", name: "Jordan", type: "place" }, { id: "georgia", name: "Georgia", type: "place" }]);
    const spans = (text: string) => places.extract(text).map((m) => m.text);
    expect(spans("Michael Jordan scored forty points.")).toEqual([]);
    expect(spans("Maria Georgia sang. Then Michael said Jordan is far; Georgia too.")).toEqual(["Jordan", "Georgia"]);
  });

  it("takes no place's one-word name for the place after a form of address or a word it makes another place's name with", () => {
    const texts = (...lines: string[]) => lines.map((line) => resolver.extract(line).map((m) => m.text));
    // A surname after a form of address; another place's name after "New", "Long", "Lake", "Port", in several languages.
    expect(texts("Mr Jordan and Mr. Chad met Mrs. Georgia Brown.", "Officials in New Mexico, New Jersey and Long Island said so.", "They went to Lake Chad and Port Sudan.", "El estado de Nuevo México.", "Губернатор штата Нью-Джерси.")).toEqual([
      [], [], [], [], [],
    ]);
    // The place stands after a word written in small letters, after a word not in the lists, and as its own longer name.
    expect(texts("A new Afghanistan, Soviet Russia and New Zealand.", "Troops in Papua New Guinea and Mr Putin's Russia.", "Le gouverneur de Nouvelle-Calédonie.")).toEqual([
      ["Afghanistan", "Russia", "New Zealand"], ["Papua New Guinea", "Putin", "Russia"], ["Nouvelle-Calédonie"],
    ]);
  });

  it("takes no place's one-word name for the place before a capitalised word it makes another name with", () => {
    const texts = (...lines: string[]) => lines.map((line) => resolver.extract(line).map((m) => m.text));
    // A city, a canal, a university, a person: the word after is no mention, no title and no common word of the text.
    expect(texts("The Panama Canal and Mexico City were discussed.", "Chad Johnson met officials in Chad.", "Israel Katz said Israel would respond.", "He spoke at Kabul University on the issue.")).toEqual([
      [], ["Chad"], ["Israel"], [],
    ]);
    // The place stands before a mention, a title, a day, a common given name or a dictionary token, and in a headline in title case.
    expect(texts("Talks between Russia Ukraine and China.", "Russia President Putin spoke.", "Officials said in Kabul Monday that talks went well.", "The envoy in Moscow Sergei Ivanov declined.", "The ambassador in Kabul Dmitry Zhirnov spoke.", "Russia Recognizes Taliban Government")).toEqual([
      ["Russia", "Ukraine", "China"], ["Russia", "Putin"], ["Kabul"], ["Moscow"], ["Kabul", "Dmitry Zhirnov"], ["Russia", "Taliban"],
    ]);
    // A capitalised word the text also writes in small letters is a common word ("Officially" in a headline).
    expect(texts("Russia Officially Recognizes Taliban. Russia has officially recognised the government.")[0]).toContain("Russia");
    // The first word of the place's own longer name stands before the rest of it misspelt.
    expect(texts("Officials in Vatican Ctiy said so.")).toEqual([["Vatican"]]);
  });

  it("takes no place's adjective for the place where only another language names it so", () => {
    // Swahili names Israel "Israeli" and Pakistan "Pakistani", Somali Somalia "Somali": weak aliases, resolved as written.
    expect(resolver.resolve("Israeli")?.id).toBe("israel");
    expect(resolver.resolve("Somali")?.id).toBe("somalia");
    expect(spans("Israeli and Pakistani envoys met Iraqi, Yemeni, Kuwaiti, Nepali and Somali officials in Israel and Somalia.")).toEqual([
      ["Israel", "israel"],
      ["Somalia", "somalia"],
    ]);
    // The dictionary decides what a word names: a regular alias is a mention as written.
    const withDemonym = createResolver([{ id: "israel", name: "Israel", type: "place", aliases: ["Israeli"] }]);
    expect(withDemonym.extract("Israeli envoys left.").map((m) => [m.text, m.id])).toEqual([["Israeli", "israel"]]);
  });

  it("reads a lone letter before a dictionary form's surname as an initial, and before a name in the text as the title", () => {
    const people = createResolver([
      { id: "mahmoud-faquin", name: "Mahmoud Faquin", type: "person", aliases: ["M. Faquin"] },
      { id: "sergey-lavrov", name: "Sergey Lavrov", type: "person" },
    ]);
    // "M. Faquin" is not the whole name "Faquin", which "Afghan" would otherwise resemble closely enough.
    expect(people.resolve("Afghan")).toBeNull();
    expect(people.resolve("M. Faquin")?.score).toBe(1);
    expect(people.extract("Officials of the Afghan side met M. Faquin, then M. Lavrov.").map((m) => [m.text, m.id])).toEqual([
      ["Faquin", "mahmoud-faquin"],
      ["Lavrov", "sergey-lavrov"],
    ]);
  });

  it("reads a letter without a period as a word, not an initial: the article before a country in Portuguese", () => {
    expect(spans("A Rússia e o Brasil. A França também. V. Putin falou; depois V Putin falou.")).toEqual([
      ["Rússia", "russia"],
      ["Brasil", "brazil"],
      ["França", "france"],
      ["V. Putin", "vladimir-putin"],
      ["Putin", "vladimir-putin"],
    ]);
  });

  it("reads a letter in small letters, or a capital without a period, as a word of the text, though a dictionary form has it as an initial", () => {
    const withInitials = createResolver([
      { id: "russia", name: "Russia", type: "place", aliases: ["Russie"] },
      { id: "adeli-rusie", name: "Adeli Rusie", type: "person", aliases: ["A. Rusie"] },
    ]);
    expect(withInitials.extract("La Russie a accepté. A. Rusie a parlé.").map((m) => [m.text, m.id])).toEqual([
      ["Russie", "russia"],
      ["A. Rusie", "adeli-rusie"],
    ]);
    // A capital letter without a period is a word too, though spelled as a form's initial: "A" opens the sentence.
    const camon = createResolver([{ id: "aroshidze-camon", name: "Aroshidze Camon", type: "person", aliases: ["A. Camon", "Common"] }]);
    expect(camon.resolve("A common")?.id).toBe("aroshidze-camon");
    expect(camon.extract("A common surname names nobody. A. Camon does.").map((m) => [m.text, m.id])).toEqual([["A. Camon", "aroshidze-camon"]]);
    // An initial's capital is no evidence for the words in small letters before it (the forms are the bench's generator's).
    const nomo = createResolver([
      { id: "fygi-nomo", name: "Fygi Nomo", type: "person", aliases: ["Nomo, Fygi", "F. Nomo", "Fygi Nomoov", "Mr Nomo Fygi"] },
      { id: "name-smith", name: "Name Smith", type: "person" },
      { id: "joly-vasilios", name: "Joly Vasilios", type: "person" },
    ]);
    expect(nomo.resolve("name an F.")?.id).toBe("fygi-nomo");
    expect(nomo.extract("It does not name an F. Joly.")).toEqual([]);
  });

  it("finds a person named by a part of the name at the start of a sentence, written as the dictionary writes it", () => {
    expect(spans("Putin says Russia will recognise the Taliban.")).toEqual([
      ["Putin", "vladimir-putin"],
      ["Russia", "russia"],
      ["Taliban", "taliban"],
    ]);
    expect(spans("Kabulov added that Moscow would help.")).toEqual([
      ["Kabulov", "zamir-kabulov"],
      ["Moscow", "moscow"],
    ]);
    // As any of its forms writes it ("Vladimir Poutine"), but not otherwise, nor when the text also writes the word
    // in small letters, a common word.
    expect(spans("Poutine dit non.")).toEqual([["Poutine", "vladimir-putin"]]);
    expect(spans("PUTIN SAYS.")).toEqual([]);
    // A wire story's dateline names a place in capitals, a comma, a parenthesis or a dash after it; never a person.
    expect(spans("KABUL (Reuters) - Talks resumed.\nMOSCOW, Oct 3 (AFP) — Talks.\nPUTIN, Oct 3 - talks.")).toEqual([
      ["KABUL", "kabul"],
      ["Reuters", "reuters"],
      ["MOSCOW", "moscow"],
      ["AFP", "agence-france-presse"],
    ]);
    const people = createResolver([{ id: "dora-brown", name: "Dora Brown", type: "person" }]);
    expect(people.extract("Brown said so.").map((m) => m.id)).toEqual(["dora-brown"]);
    expect(people.extract("Brown leaves fell, and the grass turned brown.")).toEqual([]);
  });

  it("reads a person's one-letter part as an initial even where it is spelled as a particle", () => {
    const people = createResolver([
      { id: "yerdos-farias", name: "Yerdos Farias", type: "person", aliases: ["Y. Farias"] },
      { id: "eriya-bout", name: "Eriya Bout", type: "person", aliases: ["E. Bout"] },
    ]);
    // "Y. Farias" leaves the initial out of "Affaires": a part of the name, which a lone word must then spell.
    expect(people.candidates("Affaires")[0]?.method).toBe("partial");
    expect(people.extract("Le ministère des Affaires étrangères, and then the envoy, But Bout said no.").map((m) => [m.text, m.id])).toEqual([
      ["Bout", "eriya-bout"],
    ]);
    // An initial stands for a given name and costs what one costs, however many names share the letter: that two
    // dozen people are "D. Something" does not make "Putin" alone name D. Putin rather than Vladimir Putin.
    const ds = [..."abcdefghijklmnopqrstuvwx"].map((letter) => ({ id: `dora-bo${letter}an`, name: `Dora Bo${letter}an`, type: "person", aliases: [`D. Bo${letter}an`] }));
    const putins = createResolver([{ id: "vladimir-putin", name: "Vladimir Putin", type: "person" }, { id: "d-putin", name: "D. Putin", type: "person" }, ...ds]);
    expect(putins.resolve("Putin")).toBeNull();
  });

  it("names a person whose name is written family name first by the family name, not by the given name", () => {
    expect(spans("President Xi Jinping met Wang Yi. Later Xi spoke, and Yi agreed.")).toEqual([
      ["Xi Jinping", "xi-jinping"],
      ["Wang Yi", "wang-yi"],
      ["Xi", "xi-jinping"],
    ]);
  });

  it("resolves a common surname or family name to the person named in full before it, and a given name to nobody", () => {
    // "Li" alone names nobody; after "Li Qiang", him.
    expect(spans("Li said China would help.")).toEqual([["China", "china"]]);
    const mentions = resolver.extract("Premier Li Qiang spoke. Li said China would help.");
    expect(mentions.map((m) => [m.text, m.id, m.method])).toEqual([
      ["Li Qiang", "li-qiang", "exact"],
      ["Li", "li-qiang", "context"],
      ["China", "china", "exact"],
    ]);
    expect(mentions[1]!.score).toBeGreaterThanOrEqual(0.7);
    // Without capitals too: a surname spelled as the dictionary spells it, after the full name.
    expect(resolver.extract("قال سيرغي لافروف إن الحوار مستمر. وأضاف لافروف أن موسكو مستعدة. وقال أمير إن").map((m) => [m.text, m.id, m.method])).toEqual([
      ["سيرغي لافروف", "sergey-lavrov", "exact"],
      ["لافروف", "sergey-lavrov", "context"],
      ["موسكو", "moscow", "exact"],
    ]);
    expect(resolver.extract("وأضاف لافروف أن الحوار مستمر.")).toEqual([]);
    // A given name in two syllables ("Jong Un") is one given name: "Kim" after "Kim Jong Un" is him, as "Li" after "Li Qiang".
    const kim = createResolver([{ id: "kim-jong-un", name: "Kim Jong Un", type: "person", familyNameFirst: true }]);
    expect(kim.extract("Kim Jong Un arrived. Kim said nothing.").map((m) => [m.text, m.method, m.score.toFixed(2)])).toEqual([
      ["Kim Jong Un", "exact", "1.00"],
      ["Kim", "context", "0.74"],
    ]);
    expect(kim.extract("Kim said nothing.")).toEqual([]);
    // Cut into family and given name in the dictionary, the Chinese forms are still found whole in text.
    expect(spans("习近平 会见 王毅。")).toEqual([
      ["习近平", "xi-jinping"],
      ["王毅", "wang-yi"],
    ]);
    // Wang Yi's Chinese form, 王毅, is his family name and given name, so "Wang" after "Wang Yi" is him too.
    expect(resolver.extract("Wang Yi met the press. Wang said the talks went well.").map((m) => [m.text, m.id, m.method])).toEqual([
      ["Wang Yi", "wang-yi", "exact"],
      ["Wang", "wang-yi", "context"],
    ]);
    const people = createResolver([{ id: "imran-khan", name: "Imran Khan", type: "person" }]);
    expect(people.extract("Imran Khan spoke. Later Khan left, and Imran stayed.").map((m) => [m.text, m.method])).toEqual([
      ["Imran Khan", "exact"],
      ["Khan", "context"],
    ]);
  });

  it("does not tag lone given names, common words or capitalised sentence openers", () => {
    expect(spans("Amir said the state would act. Hassan agreed, and Gul left.")).toEqual([]);
    expect(spans("Statement: This article represents the view of its author.")).toEqual([]);
    expect(spans("Il a rencontré un ministre qui parle pour us.")).toEqual([]);
    expect(spans("the united front and the islamic school")).toEqual([]);
    // "Un" and "Us" in title case are words, not the UN and the US, which are written in capitals.
    expect(spans("Un responsable a déclaré que la Russie était prête. Us and them. Kim Jong Un spoke.")).toEqual([["Russie", "russia"]]);
    expect(spans("The UN and the US agreed.")).toEqual([
      ["UN", "united-nations"],
      ["US", "united-states"],
    ]);
  });

  it("takes a short weak alias for its entity only written as the dictionary writes it, mid-sentence and not in capitals, unless the text named the entity before", () => {
    // CLDR's short names in some locale, and abbreviations or common words in others.
    expect(spans("The file is 5 MB and the road 3 KM long. OK, that works: Python vs Rust, VS Code.")).toEqual([]);
    expect(spans("End of story. Sin embargo, la ciudad. Man sagt es. A Cat and a Sec.")).toEqual([]);
    // Vietnamese names countries so, with their accents; Dutch writes the US "VS" after naming it.
    expect(spans("Ông nói Nga sẽ gặp Séc và Úc.")).toEqual([["Nga", "russia"], ["Séc", "czechia"], ["Úc", "australia"]]);
    expect(spans("De Verenigde Staten (VS) zeggen nee. De VS blijven.").map(([, id]) => id)).toEqual(["united-states", "united-states", "united-states"]);
    // After an English name of the entity, another locale's short name is a word of the text.
    expect(spans("The United States and CC-BY-SA. Sam said. The USA and SA.")).toEqual([["United States", "united-states"], ["USA", "united-states"]]);
  });

  it("takes no run of words for a place or organisation whose form has them in another order", () => {
    expect(spans("Le Royaume-Uni et les États-Unis ont annoncé. Les Émirats arabes unis et les États-Unis aussi.")).toEqual([
      ["Royaume-Uni", "united-kingdom"], ["États-Unis", "united-states"], ["Émirats arabes unis", "united-arab-emirates"], ["États-Unis", "united-states"],
    ]);
    // A person's name may be written family name first, its parts side by side, not across other words.
    expect(spans("Путин Владимир Владимирович выступил.")).toEqual([["Путин Владимир Владимирович", "vladimir-putin"]]);
    expect(spans("Officials of Mikhail Sergeyevich Gorbachev und die Mikhaïl Michoustine met.")).toEqual([
      ["Mikhail Sergeyevich Gorbachev", "mikhail-gorbachev"], ["Mikhaïl Michoustine", "mikhail-mishustin"],
    ]);
  });

  it("reads the izafat's \"i\" inside a name as a particle", () => {
    expect(spans("Officials of Tehrik-i-Taliban Pakistan met.")).toEqual([["Tehrik-i-Taliban Pakistan", "tehrik-i-taliban-pakistan"]]);
  });

  it("opens a span with a particle where the dictionary's form has it", () => {
    expect(spans("Officials said Al-Qaeda, al-Qaeda and El Salvador met. The Taliban said so. La Russie aussi.")).toEqual([
      ["Al-Qaeda", "al-qaeda"], ["al-Qaeda", "al-qaeda"], ["El Salvador", "el-salvador"], ["Taliban", "taliban"], ["Russie", "russia"],
    ]);
  });

  it("takes words of a headline that only sound like a name for it only when they sound very like it", () => {
    expect(resolver.resolve("Rise")?.id).toBe("russia");
    expect(spans("Worries Rise As China Slows")).toEqual([["China", "china"]]);
    expect(spans("WORRIES RISE AS CHINA SLOWS. Markets Review The Week")).toEqual([["CHINA", "china"]]);
    // A garble that sounds very like the name, and a name with a part spelled, are still found.
    expect(spans("Troops Sent To Kabool After Talks With Amir Khan Motti")).toEqual([["Kabool", "kabul"], ["Amir Khan Motti", "amir-khan-muttaqi"]]);
  });

  it("finds names in Chinese and Japanese text written without spaces, at the dictionary's words in those scripts", () => {
    expect(spans("习近平会见了王毅。李强总理在上海合作组织会议上讲话。俄罗斯总统表示")).toEqual([
      ["习近平", "xi-jinping"],
      ["王毅", "wang-yi"],
      ["李强", "li-qiang"],
      ["上海合作组织", "shanghai-cooperation-organisation"],
      ["俄罗斯", "russia"],
    ]);
    expect(spans("ロシアのプーチン大統領は習近平国家主席と会談した。")).toEqual([
      ["ロシア", "russia"],
      ["プーチン", "vladimir-putin"],
      ["習近平", "xi-jinping"],
    ]);
    // 学习 holds 习, a family name, and is no name.
    expect(spans("我们在学习。")).toEqual([]);
  });

  it("takes a surname alone in Chinese, Japanese or Korean characters for the person, spelled as the dictionary spells it; not in Arabic, nor a given name", () => {
    expect(spans("俄罗斯总统普京表示")).toEqual([
      ["俄罗斯", "russia"],
      ["普京", "vladimir-putin"],
    ]);
    expect(spans("푸틴 대통령은 말했다")).toEqual([["푸틴", "vladimir-putin"]]);
    // In Arabic a surname is often a word too ("مجاهد", a fighter): alone, only after the full name.
    expect(spans("قال بوتين إن روسيا ستساعد")).toEqual([["روسيا", "russia"]]);
    expect(spans("قال فلاديمير بوتين إن روسيا ستساعد. وأضاف بوتين")).toEqual([
      ["فلاديمير بوتين", "vladimir-putin"],
      ["روسيا", "russia"],
      ["بوتين", "vladimir-putin"],
    ]);
    expect(spans("아미르는 말했다")).toEqual([]);
  });

  it("finds declined names in Russian text, the mention the word as written", () => {
    expect(spans("По словам Лаврова, встреча Путина и Си Цзиньпина прошла в Москве. Путину сообщили.")).toEqual([
      ["Лаврова", "sergey-lavrov"],
      ["Путина", "vladimir-putin"],
      ["Си Цзиньпина", "xi-jinping"],
      ["Москве", "moscow"],
      ["Путину", "vladimir-putin"],
    ]);
    expect(spans("Сергея Лаврова встретил Замир Кабулов. Мы говорили с Захаровой и талибами.")).toEqual([
      ["Сергея Лаврова", "sergey-lavrov"],
      ["Замир Кабулов", "zamir-kabulov"],
      ["Захаровой", "maria-zakharova"],
      ["талибами", "taliban"],
    ]);
  });

  it("finds declined names in Polish, Czech, Finnish and Lithuanian text, the mention the word as written", () => {
    expect(spans("Rozmowa z Putinem trwała godzinę. Ławrow przekazał Putinowi list.")).toEqual([
      ["Putinem", "vladimir-putin"],
      ["Putinowi", "vladimir-putin"],
    ]);
    expect(spans("Putin s Lavrovem souhlasil. Lavrov to řekl Putinovi.")).toEqual([
      ["Putin", "vladimir-putin"],
      ["Lavrovem", "sergey-lavrov"],
      ["Lavrov", "sergey-lavrov"],
      ["Putinovi", "vladimir-putin"],
    ]);
    expect(spans("Putinin mukaan Lavrovin tapaaminen Kabulissa onnistui. Putinas ir Lavrovas susitiko.")).toEqual([
      ["Putinin", "vladimir-putin"],
      ["Lavrovin", "sergey-lavrov"],
      ["Kabulissa", "kabul"],
      ["Putinas", "vladimir-putin"],
      ["Lavrovas", "sergey-lavrov"],
    ]);
    expect(spans("Russian officials met Malia Regions.")).toEqual([]);
  });

  it("finds names in Korean text, particles after them cut off dictionary words and read off names matched by sound", () => {
    const korean = createResolver([...entities, { id: "kim-jong-un", type: "person", name: "Kim Jong Un", aliases: ["김정은"], familyNameFirst: true }]);
    const found = (text: string): Array<[string, string]> => korean.extract(text).map((m) => [m.text, m.id]);
    expect(found("김정은은 푸틴과 만났다. 러시아의 외무장관은")).toEqual([
      ["김정은", "kim-jong-un"],
      ["푸틴", "vladimir-putin"],
      ["러시아", "russia"],
    ]);
    // The family name after the full name is him, though both are one word: a short form has fewer letters.
    expect(korean.extract("김정은 위원장은 말했다. 김 위원장은").map((m) => [m.text, m.id, m.method])).toEqual([
      ["김정은", "kim-jong-un", "exact"],
      ["김", "kim-jong-un", "context"],
    ]);
    expect(found("김 위원장은")).toEqual([]);
    expect(spans("탈레반 정부의 외무장관 아미르 칸 무타키는 말했다")).toEqual([
      ["탈레반", "taliban"],
      ["아미르 칸 무타키", "amir-khan-muttaqi"],
    ]);
    // Matched by sound with the Latin form, the name keeps its particle, as an Arabic name keeps its prefix.
    expect(spans("러시아 특사 자미르 카불로프는 말했다")).toEqual([
      ["러시아", "russia"],
      ["자미르 카불로프는", "zamir-kabulov"],
    ]);
  });

  it("finds abbreviations written with dots, as the dictionary writes them", () => {
    const mentions = resolver.extract("The U.S. and the U.N. met; U.S.-backed talks and the U.S.'s envoy followed.");
    expect(mentions.map((m) => [m.text, m.id])).toEqual([
      ["U.S.", "united-states"],
      ["U.N.", "united-nations"],
      ["U.S.", "united-states"],
      ["U.S.", "united-states"],
    ]);
  });

  it("does not take a month's or a day's name alone for a person, unless the person was named in full before", () => {
    const people = createResolver([
      { id: "theresa-may", name: "Theresa May", type: "person" },
      { id: "vladimir-putin", name: "Vladimir Putin", type: "person" },
      { id: "lukwiya-october", name: "Lukwiya October", type: "person" },
      { id: "april-ryan", name: "April Ryan", type: "person" },
    ]);
    const found = (text: string) => people.extract(text).map((m) => [m.text, m.id, m.method]);
    expect(found("In May, Putin met envoys. Talks resume in October. May said nothing.")).toEqual([["Putin", "vladimir-putin", "partial"]]);
    expect(found("Theresa May spoke. May said Brexit means Brexit.")).toEqual([
      ["Theresa May", "theresa-may", "exact"],
      ["May", "theresa-may", "context"],
    ]);
    // Inside a longer name it is a name part like any other.
    expect(found("April Ryan asked a question.")).toEqual([["April Ryan", "april-ryan", "exact"]]);
  });

  it("returns sorted, non-overlapping mentions whose text is the slice of the input", () => {
    const text = "Russia, Afghanistan and the United Arab Emirates; Vladimir Putin in Moscow.";
    const mentions = resolver.extract(text);
    expect(mentions.map((m) => m.id)).toEqual(["russia", "afghanistan", "united-arab-emirates", "vladimir-putin", "moscow"]);
    mentions.forEach((m, i) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((mentions[i - 1] as { end: number }).end);
    });
  });

  it("filters by entity type and minimum score", () => {
    const text = "Vladimir Putin received Amir Khan Mutaki in Moscow.";
    expect(spans(text, { types: ["place"] })).toEqual([["Moscow", "moscow"]]);
    expect(spans(text, { minScore: 0.99 }).map(([, id]) => id)).toEqual(["vladimir-putin", "moscow"]);
  });

  it("is pure: the same text gives the same mentions, empty text none, a non-string a TypeError", () => {
    const text = "Sergey Lavrov and Zamir Kabulov met in Kabul.";
    expect(resolver.extract(text)).toEqual(resolver.extract(text));
    expect(resolver.extract("")).toEqual([]);
    expect(() => resolver.extract(42 as unknown as string)).toThrow(/^\[canonym\] resolver\.extract expects a text as a string, got number/);
  });
});

interface ArticleScore {
  file: string;
  entityPrecision: number;
  entitiesFound: number;
  entitiesRight: number;
  entityRecall: number;
  mentionRecall: number;
  occurrences: number;
  extraEntities: string[];
  missedEntities: string[];
  missedMentions: string[];
  mentions: number;
  mentionsRight: number;
}

describe("extract across fifteen languages (test/fixtures/extract-languages.json)", () => {
  interface LanguageCase {
    lang: string;
    text: string;
    mentions: Array<[string, string]>;
    missed: Array<[string, string, string]>;
    wrong: Array<[string, string, string]>;
  }
  const { cases } = JSON.parse(readFileSync(new URL("./fixtures/extract-languages.json", import.meta.url), "utf8")) as { cases: LanguageCase[] };
  const key = ([text, id]: readonly string[]): string => `${text} → ${id}`;

  const loaded = loadResolver(JSON.parse(JSON.stringify(resolver)));

  it.each(cases)("$lang: finds the mentions a reader finds, but those listed as missed, and the wrong ones listed, on a built and a loaded index", ({ text, mentions, missed, wrong }) => {
    const expected = [...mentions.filter((m) => !missed.some((x) => key(x) === key(m))), ...wrong].map(key).sort();
    expect(resolver.extract(text).map((m) => key([m.text, m.id])).sort()).toEqual(expected);
    expect(loaded.extract(text)).toEqual(resolver.extract(text));
    // Every mention listed as missed is one a reader finds.
    for (const m of missed) expect(mentions.map(key)).toContain(key(m));
  });
});

describe.skipIf(!sharedAvailable)(sharedAvailable ? "extract on the seed articles" : `extract on the seed articles: skipped, ${SHARED_SKIP_REASON}`, () => {
  const scores: ArticleScore[] = sharedAvailable ? evaluateExtraction(resolver, shared) : [];

  it.each(scores)("$file: every entity that is not hard is found", (score) => {
    expect(score.missedEntities).toEqual([]);
  });

  it("finds at least 95% of the gold mentions' occurrences, with at least 95% of the entities it names and of its mentions right", () => {
    const occurrences = scores.reduce((sum, s) => sum + s.occurrences, 0);
    const found = scores.reduce((sum, s) => sum + s.mentionRecall * s.occurrences, 0);
    expect(found / occurrences).toBeGreaterThanOrEqual(0.95);
    const named = scores.reduce((sum, s) => sum + s.entitiesFound, 0);
    const right = scores.reduce((sum, s) => sum + s.entitiesRight, 0);
    expect(right / named).toBeGreaterThanOrEqual(0.95);
    const mentions = scores.reduce((sum, s) => sum + s.mentions, 0);
    const mentionsRight = scores.reduce((sum, s) => sum + s.mentionsRight, 0);
    expect(mentionsRight / mentions).toBeGreaterThanOrEqual(0.95);
  });
});

describe("extractMentions", () => {
  /** A dictionary that answers each span with the score `scoreOf` gives its text, every word matched, and no candidates; words in small letters are no names. `asked` lists the spans looked up. */
  function lookupOf(scoreOf: (span: string) => number | null, maxWords: number, asked: string[], mayName = (_: string) => true): MentionLookup {
    return {
      roleOf: (word) => (/^[A-Z\u0600-\u06FF]/.test(word) ? "name" : "none"),
      mayName,
      spelledAsTokens: mayName,
      isConnector: () => false,
      resolve(span) {
        asked.push(span);
        const score = scoreOf(span);
        if (score === null) return null;
        const explanation = { score, method: "fuzzy", pairs: [], unmatchedQuery: [], unmatchedReference: [], notes: [] };
        return { id: span, name: span, type: "person", score, matched: span, method: "fuzzy", explanation } as unknown as Resolution;
      },
      candidates(span) {
        asked.push(span);
        return [];
      },
      maxWords,
      threshold: 0.7,
      hanLexicon: () => hanLexicon([]),
      isDictionaryWord: () => false,
      isWeakAlias: () => false,
      readAs: (word) => word,
    };
  }

  it("chooses the longest accepted spans, then the best scores, then the earliest, resolving no span inside one chosen nor one no form may name", () => {
    const scores = [null, 0.5, 0.7, 0.8, 0.9, 1];
    const word = fc.constantFrom("Ab", "Cd", "Efghi", "Gh", "and");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (words, maxWords, salt) => {
        // Each span's score a fixed function of its text and the salt, as a dictionary's would be.
        const hashOf = (span: string): number => Math.abs([...span].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), salt));
        const scoreOf = (span: string): number | null => scores[hashOf(span) % scores.length] ?? null;
        // A run of words that no dictionary form holds every word of, one in five.
        const mayName = (span: string): boolean => !span.includes(" ") || hashOf(`${span}?`) % 5 !== 0;
        // Numbered, so that a span's text tells where it is.
        const text = `then ${words.map((w, i) => `${w}${i}`).join(" ")}`;
        const asked: string[] = [];
        const found = extractMentions(text, lookupOf(scoreOf, maxWords, asked, mayName)).map((m) => [m.start, m.end]);

        // Every span of capitalised words no longer than maxWords, as a reference chooses among them.
        const parsed = textWords(text);
        const spans: Array<{ first: number; last: number; score: number }> = [];
        parsed.forEach((_, first) => {
          for (let last = first; last < parsed.length && last - first < maxWords && /^[A-Z]/.test(parsed[last]!.text); last++) {
            const span = text.slice(parsed[first]!.start, parsed[last]!.end);
            const score = scoreOf(span);
            // Matched by sound ("fuzzy"), a lone word needs 0.8, or 0.9 for a form of five letters or fewer; a run of words the threshold.
            const loneMinScore = span.length <= 5 ? 0.9 : 0.8;
            if (score !== null && score >= (first === last ? loneMinScore : 0.7) && mayName(span)) spans.push({ first, last, score });
          }
        });
        spans.sort((a, b) => b.last - b.first - (a.last - a.first) || b.score - a.score || a.first - b.first);
        const taken = new Set<number>();
        const expected: number[][] = [];
        for (const { first, last } of spans) {
          if (parsed.slice(first, last + 1).some((_, k) => taken.has(first + k))) continue;
          for (let k = first; k <= last; k++) taken.add(k);
          expected.push([parsed[first]!.start, parsed[last]!.end]);
        }
        expect(found).toEqual(expected.sort((a, b) => a[0]! - b[0]!));
        const insideFound = (span: string): boolean => found.some(([start, end]) => ` ${text.slice(start, end)} `.includes(` ${span} `) && text.slice(start, end) !== span);
        expect(asked.filter((span) => insideFound(span) || !mayName(span))).toEqual([]);
      }),
      { seed: FIXED_SEED },
    );
  });

  it("looks up a run of words, or a single word without capitals, in full or as a short form, only when the dictionary may name it", () => {
    const asked: string[] = [];
    const text = "الف باء جيم دال هاء";
    // The dictionary holds no form with دال, and no token spelled so.
    const mentions = extractMentions(text, lookupOf(() => 0.95, 3, asked, (span) => !span.includes("دال")));
    expect(mentions.map((m) => m.text)).toEqual(["الف باء جيم"]);
    expect(asked.filter((span) => span.includes("دال"))).toEqual([]);
  });

  it("does not take a word of the text for the full form of an initial the dictionary's form has", () => {
    const initialled = (span: string): Resolution | null => {
      const pairs = span.split(" ").map((word, i) => ({ query: word.toLowerCase(), reference: i === 0 ? word[0]!.toLowerCase() : word.toLowerCase(), similarity: i === 0 ? 0.7 : 1, rule: i === 0 ? "initial" : "exact", via: "", weight: 1 }));
      const explanation = { score: 0.8, method: "initial", pairs, unmatchedQuery: [], unmatchedReference: [], notes: [] };
      return { id: span, name: span, type: "person", score: 0.8, matched: span, method: "initial", explanation } as unknown as Resolution;
    };
    const lookup: MentionLookup = { ...lookupOf(() => null, 3, []), resolve: (span) => (span.includes(" ") ? initialled(span) : null) };
    expect(extractMentions("Then Afghanistan Russa signed.", lookup)).toEqual([]);
  });
});
