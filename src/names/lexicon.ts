// Name-part lists after OpenSanctions' rigour (titles, particles) and common given names across the scripts canonym reads, the calendar's words, forms of address, abbreviations before names, words that make place names, Korean particles and Hebrew prefixes; plain data, read by analyzeName and extract.

/**
 * Honorifics, titles and offices that may precede a name and are not part of it, in English,
 * French, German, Spanish, Russian, Arabic, Persian, Pashto and Hebrew, written as
 * {@link normalize} leaves them ("الرئيس" as "الرييس").
 * @example
 * ```ts
 * TITLES.includes("mullah"); // true: "Mullah Amir Khan Muttaqi" is matched as "Amir Khan Muttaqi"
 * ```
 */
export const TITLES: readonly string[] = [
  "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
  "president", "vice", "prime", "premier", "minister", "secretary", "chancellor", "ambassador", "envoy",
  "senator", "sen", "rep", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emperor",
  "sheikh", "shaikh", "sheik", "shaykh", "mullah", "mulla", "maulana", "mawlana", "mawlawi", "maulvi",
  "mawlavi", "ayatollah", "ayatullah", "hojatoleslam", "imam", "haji", "hajji", "hadji", "rabbi", "rev",
  "reverend", "father", "pope", "cardinal", "bishop", "patriarch",
  "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant",
  "sgt", "admiral", "adm", "marshal", "commander", "chairman", "chairwoman", "spokesman", "spokeswoman",
  "m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "ministre", "ambassadeur",
  "herr", "frau", "senor", "senora", "sr", "sra",
  "господин", "госпожа", "г", "президент", "премьер", "министр", "посол", "генерал", "патриарх",
  "الرييس", "رييس", "السيد", "السيده", "سيد", "الشيخ", "شيخ", "الملا", "ملا", "الدكتور", "د",
  "الوزير", "وزير", "السفير", "سفير", "الملك", "الامير", "الحاج", "حاج", "الجنرال", "اللواء", "العقيد",
  "مولوي", "مولانا", "ايه", "اقا", "اقاي", "اغا", "اغاي",
  "מר", "גברת", "הרב", "רב", "דר",
];

/**
 * Forms of address, of {@link TITLES}, that stand before a person's name and nothing else: a place's
 * name after one is a surname ("Mr Jordan", "Dr Chad"). Offices are left out, since they also stand
 * before a country's name in languages that decline it ("Посол России", Russia's ambassador).
 * @example
 * ```ts
 * FORMS_OF_ADDRESS.includes("mr"); // true
 * ```
 */
export const FORMS_OF_ADDRESS: readonly string[] = [
  "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "m", "mme", "mlle", "monsieur", "madame", "mademoiselle",
  "herr", "frau", "senor", "senora", "sr", "sra", "господин", "госпожа",
];

/**
 * Abbreviations written with a period before a name ("Mr. Lavrov", "Gen. Flynn", "St. Petersburg"):
 * that period ends no sentence.
 * @example
 * ```ts
 * ABBREVIATIONS_BEFORE_NAMES.includes("dr"); // true
 * ```
 */
export const ABBREVIATIONS_BEFORE_NAMES: readonly string[] = [
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "maj", "capt", "lt", "sgt", "adm", "gov", "sen", "rep", "rev",
  "mme", "mlle", "sr", "sra", "st", "ste", "mt", "ft",
];

/**
 * Words that, written before a place's name, make the name of another place, in English, French,
 * Spanish, Portuguese, Italian, German, Dutch and Russian ("New Mexico", "Nouveau-Mexique",
 * "Нью-Джерси", "Long Island", "Lake Chad", "Port Sudan", "San Jose"): the place's name alone there
 * names neither.
 * @example
 * ```ts
 * PLACE_NAME_MAKERS.includes("new"); // true: "New Mexico" is no mention of Mexico
 * ```
 */
export const PLACE_NAME_MAKERS: readonly string[] = [
  "new", "nouvelle", "nouveau", "nueva", "nuevo", "nova", "novo", "nuova", "nuovo", "neu", "nieuw", "нью",
  "long", "little", "port", "fort", "lake", "mount", "saint", "st", "ste", "san", "santa", "santo", "sao", "baja",
];

/**
 * Generational suffixes, which a comma sets after a whole name ("Martin Luther King, Jr."): unlike a
 * given name after a comma ("PUTIN, Vladimir"), they do not mark the name as written surname first.
 * @example
 * ```ts
 * NAME_SUFFIXES.includes("jr"); // true
 * ```
 */
export const NAME_SUFFIXES: readonly string[] = ["jr", "sr", "ii", "iii", "iv"];

/**
 * Particles and function words inside names: Arabic nasab and kunya connectors, the article,
 * European nobiliary particles, and the connectors of organisation names. They align like other
 * parts but weigh little.
 * @example
 * ```ts
 * PARTICLES.includes("bin"); // true
 * ```
 */
export const PARTICLES: readonly string[] = [
  "al", "el", "ul", "ad", "as", "ash", "at", "az", "ar", "an", "bin", "ben", "ibn", "bint", "binti", "abu", "abou",
  "von", "van", "der", "den", "de", "da", "di", "du", "des", "del", "della", "dos", "das", "la", "le", "lo",
  "les", "y", "e", "i", "et", "of", "the", "and", "for", "und", "die", "zu", "ter", "te",
  "ال", "بن", "ابن", "بنت", "ابو", "ابي", "و", "في", "من",
  "בן", "בת", "של", "ה",
  "и", "де", "фон", "ван", "аль", "ибн", "бен",
];

/**
 * Given names and name parts common enough in the world's news that on their own they identify
 * nobody ("Amir", "Hassan", "Dmitry", "Khan", "Kim"). Matched by sound, so other spellings and
 * scripts count too.
 * @example
 * ```ts
 * COMMON_NAME_PARTS.includes("hassan"); // true: "Hassan" alone resolves to nobody
 * ```
 */
export const COMMON_NAME_PARTS: readonly string[] = [
  "mohammed", "muhammad", "mohamed", "mohammad", "ahmad", "ahmed", "ali", "hassan", "hasan", "hussein",
  "husain", "hossein", "omar", "umar", "osman", "uthman", "abd", "abdul", "abdel", "abdullah", "abdallah",
  "amir", "emir", "zia", "gul", "khan", "mahmoud", "mahmud", "mustafa", "ibrahim", "ismail", "yusuf",
  "yousef", "khalid", "karim", "rahman", "rahim", "said", "saeed", "sayed", "sayyid", "jamal", "nasser",
  "tariq", "zamir", "aziz", "bakr", "fatima", "aisha", "maryam", "zainab", "reza", "mehdi", "jalal",
  "nur", "noor", "din", "shah", "mir", "rashid", "hamid", "majid", "salim", "sultan", "yahya", "musa",
  "isa", "yaqub", "sulaiman", "suleiman", "idris", "anwar", "faisal", "habib", "ilyas", "jawad",
  "vladimir", "volodymyr", "dmitry", "dmitri", "sergey", "sergei", "mikhail", "alexander", "aleksandr",
  "oleksandr", "alexei", "aleksei", "andrei", "andrey", "ivan", "nikolai", "yuri", "boris", "oleg",
  "igor", "pavel", "viktor", "anatoly", "yevgeny", "evgeny", "maxim", "roman", "denis", "anton", "artem",
  "maria", "anna", "olga", "natalia", "elena", "tatiana", "irina", "svetlana", "yulia", "ekaterina",
  "john", "james", "david", "michael", "robert", "william", "richard", "thomas", "charles", "joseph",
  "peter", "paul", "mark", "george", "daniel", "stephen", "edward", "henry", "frank", "andrew", "chris",
  "mary", "elizabeth", "sarah", "jennifer", "linda", "susan", "margaret", "helen", "laura", "emma",
  "jean", "pierre", "marie", "jacques", "michel", "philippe", "francois", "louis", "claude", "nicolas",
  "hans", "karl", "josef", "klaus", "wolfgang", "juan", "jose", "carlos", "luis", "antonio", "manuel",
  "francisco", "pedro", "miguel", "giuseppe", "giovanni", "marco", "luca", "ana", "sofia", "li", "wang",
  "zhang", "liu", "chen", "kim", "lee", "park",
];

/**
 * The names of the months and the days of the week in English (with their abbreviations, "Mon",
 * "Oct"), French, German, Spanish, Russian and Arabic, written as {@link normalize} leaves them: words that languages capitalise, or that
 * open a sentence or a date, as a name part is ("October", "May", "Mai"), and that are also given
 * names and surnames somewhere in a big dictionary. Alone, such a word names a person only after
 * the text has named the person in full.
 * @example
 * ```ts
 * CALENDAR_WORDS.includes("october"); // true
 * ```
 */
export const CALENDAR_WORDS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
  "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
  "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
  "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
  "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "ايلول", "تشرين",
  "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
];

/**
 * Korean particles, written after a noun, a name included ("김정은은", "푸틴과", "러시아의"): topic, subject,
 * object, possessive, "and", "also", "only", "to", "in", "from", "as", "than". Longest first.
 * @example
 * ```ts
 * KOREAN_PARTICLES.includes("은"); // true
 * ```
 */
export const KOREAN_PARTICLES: readonly string[] = [
  "에서는", "으로서", "에게서", "께서", "에서", "에게", "한테", "으로", "로서", "까지", "부터", "처럼", "보다", "과의", "와의",
  "에는", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만",
];

/** Syllables a word keeps before a particle, at least: one syllable and a particle is as often a word of two syllables. */
const MIN_KOREAN_STEM = 2;

/**
 * The particle a Korean word ends with, the longest, leaving two syllables or more; else undefined.
 * @param word - A word in Hangul.
 * @returns The particle, or undefined.
 * @example
 * ```ts
 * koreanParticleOf("러시아의"); // "의"
 * koreanParticleOf("푸틴");     // undefined
 * ```
 */
export function koreanParticleOf(word: string): string | undefined {
  return KOREAN_PARTICLES.find((particle) => word.endsWith(particle) && word.length - particle.length >= MIN_KOREAN_STEM);
}

/**
 * The Hebrew particles written joined to the word after them: "and" (ו), "the" (ה), "in" (ב), "to" (ל),
 * "from" (מ), "that" (ש), "as" (כ); two at most come before a name ("ובמוסקבה", "and in Moscow").
 * @example
 * ```ts
 * HEBREW_PREFIXES.includes("ב"); // true
 * ```
 */
export const HEBREW_PREFIXES: readonly string[] = ["ו", "ה", "ב", "ל", "מ", "ש", "כ"];

/** Letters a Hebrew word keeps after its prefixes are cut, at least (סין, China). */
const MIN_HEBREW_STEM = 3;

/**
 * Where a Hebrew word may be cut after prefix particles: one letter, then two, each a particle, leaving
 * three letters or more.
 * @param word - A word in Hebrew letters.
 * @returns The lengths of the prefixes, shortest first.
 * @example
 * ```ts
 * hebrewPrefixCuts("ובמוסקבה"); // [1, 2]
 * hebrewPrefixCuts("פוטין");    // []
 * ```
 */
export function hebrewPrefixCuts(word: string): number[] {
  const cuts: number[] = [];
  for (let length = 1; length <= 2 && HEBREW_PREFIXES.includes(word[length - 1] as string) && word.length - length >= MIN_HEBREW_STEM; length++) cuts.push(length);
  return cuts;
}
