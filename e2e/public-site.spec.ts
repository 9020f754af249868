import { expect, test } from "@playwright/test";
import { REFERENCE_HEADLINE as HEADLINE, REFERENCE_PATH } from "./support/reference-story";

test.describe("public site", () => {
  test("health check answers 200 when the app and database are up", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("the home page lists published stories, right to left", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    // The world section's rail holds its newest stories, whatever the other tests have published.
    await expect(page.locator('main a[href^="/world/"]').first()).toBeVisible();
  });

  test("the reference story has its own page: RTL, Arabic font, paragraphs and related lines intact, no chrome", async ({ page }) => {
    await page.goto(REFERENCE_PATH);
    await expect(page.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();

    const article = page.locator("article");
    await expect(article).toHaveAttribute("dir", "rtl");
    await expect(article).toHaveAttribute("lang", "ar");
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");

    const paragraphs = article.locator(".story-body > p");
    await expect(paragraphs).toHaveCount(24);
    await expect(paragraphs.first()).toHaveText(/^يبدو أن الرئيس الأمريكي دونالد ترامب/);
    await expect(paragraphs.last()).toHaveText(/^فمنذ تأسيسها في عام 1999،/);

    const related = article.locator("[data-related-story]");
    await expect(related).toHaveCount(3);
    await expect(related.nth(0)).toHaveText("اقرأ المزيد: فضيحة جديدة تهز «فيسبوك».. تسريب بيانات المستخدمين لأكبر شركات الهواتف");
    await expect(related.nth(1)).toHaveText("اقرأ المزيد: «أناليتيكا» تشهر إفلاسها بعد «فضيحة فيسبوك»");
    // Related lines sit where the wire copy had them: after the 6th and 12th paragraphs.
    await expect(article.locator(".story-body > :nth-child(7)")).toHaveAttribute("data-related-story");
    await expect(article.locator(".story-body > :nth-child(14)")).toHaveAttribute("data-related-story");

    const blockTexts = await article.locator(".story-body > *").allTextContents();
    for (const chrome of ["المحتوى الرئيسى", "Comments", "عاجل", "أهم أخبار العالم"]) {
      expect(blockTexts.map((t) => t.trim())).not.toContain(chrome);
      expect(blockTexts.join("\n")).not.toContain(`\n${chrome}\n`);
    }

    await expect(article.getByText("بقلم سارة منصور")).toBeVisible();
    await expect(article.locator("time")).toHaveAttribute("datetime", "2018-06-16T23:58:00.000Z");
    await expect(article.locator("time")).toContainText("17 يونيو 2018");

    // The body is set in the self-hosted Naskh face, and it actually loaded.
    const font = await paragraphs.first().evaluate(async (el) => {
      await document.fonts.ready;
      const family = getComputedStyle(el).fontFamily;
      const first = family.split(",")[0]!.trim().replace(/['"]/g, "");
      return {
        family,
        loaded: document.fonts.check(`16px "${first}"`, "ع"),
        faces: [...document.fonts].filter((f) => f.family.replace(/['"]/g, "") === first && f.status === "loaded").length,
      };
    });
    expect(font.family).toMatch(/naskh/i);
    expect(font.loaded).toBe(true);
    expect(font.faces).toBeGreaterThan(0);
    await page.screenshot({ path: test.info().outputPath("story.png"), fullPage: true });
  });

  test("an unknown story gets the not-found page", async ({ page }) => {
    const response = await page.goto("/world/no-such-story");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
  });
});
