// The core and canonym/aliases, unmodified from dist/, in real headless Chromium (Debian's package; .ci/run
// installs it), and the demo page in examples/browser/, screenshot-tested against its committed image.
// UPDATE_SCREENSHOT=1 rewrites the image after a deliberate change to the page.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveRepository } from "../examples/browser/serve.mjs";
import { root } from "./helpers.js";
import { decodePng, differingBlockShare } from "./png.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const SKIP_REASON = `no Chromium at ${CHROMIUM} (install Debian's chromium package, or set CHROMIUM_PATH)`;
const SCREENSHOT = join(root, "examples", "browser", "screenshot.png");
// Font hinting, anti-aliasing and a browser version move a pixel here and there; a changed layout moves far more.
const MAX_DIFFERING_SHARE = 0.03;

const SEED_NAMES: Array<[string, string | null]> = [
  ["Amir Khan Muttaqi", "amir-khan-muttaqi"],
  ["Amir Khan Motti", "amir-khan-muttaqi"],
  ["أمير خان ماتوكي", "amir-khan-muttaqi"],
  ["أمير خان موتي", "amir-khan-muttaqi"],
  ["Dmitry Zhirnov", "dmitry-zhirnov"],
  ["Dmitry Cernov", "dmitry-zhirnov"],
  ["Dmitry Gornyov", "dmitry-zhirnov"],
  ["ديمتري زييرنوف", "dmitry-zhirnov"],
  ["Zamir Kablov", "zamir-kabulov"],
  ["زامير كابولوف", "zamir-kabulov"],
  ["Vladimir Poutine", "vladimir-putin"],
  ["فلاديمير بوتين", "vladimir-putin"],
  ["Dmitry Kozak", null],
  ["Amir", null],
];

describe.skipIf(!available)(`in headless Chromium${available ? "" : ` (skipped: ${SKIP_REASON})`}`, () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveRepository(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage", "--font-render-hinting=none"] });
    page = await browser.newPage({ viewport: { width: 820, height: 900 }, deviceScaleFactor: 1 });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && pageErrors.push(message.text()));
    await page.goto(`${server.url}/examples/browser/index.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("resolves the seed examples with dist/ loaded as ES modules in the page", async () => {
    // A string, not a function: the test runner would rewrite a function's import() for Node. The
    // specifiers go through the page's import map, as a bundler-free page's own script does.
    const answers = await page.evaluate<{ ids: Array<string | null>; mentions: string[]; match: boolean }>(`(async () => {
      const { createResolver, compare } = await import("canonym");
      const { entities } = await import("canonym/aliases");
      const resolver = createResolver(entities);
      return {
        ids: ${JSON.stringify(SEED_NAMES.map(([name]) => name))}.map((name) => resolver.resolve(name)?.id ?? null),
        mentions: resolver.extract("Vladimir Poutine a reçu Amir Khan Motti à Moscou.").map((m) => m.id),
        match: compare("Sergueï Lavrov", "Sergey Lavrov").match,
      };
    })()`);
    expect(answers.ids).toEqual(SEED_NAMES.map(([, id]) => id));
    expect(answers.mentions).toEqual(["vladimir-putin", "amir-khan-muttaqi", "moscow"]);
    expect(answers.match).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("the demo shows the entity, the candidates and the explanation for a name typed in Arabic", async () => {
    await page.fill("#name", "أمير خان موتاكي");
    await expect.poll(() => page.textContent("#entity")).toContain("Amir Khan Muttaqi");
    expect(await page.textContent("#entity")).toContain("amir-khan-muttaqi");
    expect(await page.locator("#candidates li").count()).toBeGreaterThan(0);
    expect(await page.textContent("#candidates li")).toContain("Amir Khan Muttaqi");
    expect(await page.textContent("#explanation")).toMatch(/موتاكي ~ муттаки\s+phonetic/);
    expect(pageErrors).toEqual([]);
  });

  it("the demo abstains on a name it does not know, and says so", async () => {
    await page.fill("#name", "Dmitry Kozak");
    await expect.poll(() => page.textContent("#entity")).toContain("No answer");
  });

  it("looks as its committed screenshot does", async () => {
    await page.fill("#name", "أمير خان موتاكي");
    await expect.poll(() => page.textContent("#entity")).toContain("Amir Khan Muttaqi");
    const shot = await page.screenshot({ fullPage: false });
    if (process.env.UPDATE_SCREENSHOT === "1") writeFileSync(SCREENSHOT, shot);
    expect(existsSync(SCREENSHOT), `${SCREENSHOT} is missing: run UPDATE_SCREENSHOT=1 npx vitest run test/browser.test.ts`).toBe(true);
    const share = differingBlockShare(decodePng(shot), decodePng(readFileSync(SCREENSHOT)));
    if (share > MAX_DIFFERING_SHARE) writeFileSync(join(root, "examples", "browser", "screenshot.actual.png"), shot);
    expect(share, "share of 8×8 blocks unlike examples/browser/screenshot.png (the new image is in screenshot.actual.png)").toBeLessThanOrEqual(MAX_DIFFERING_SHARE);
  });
});
