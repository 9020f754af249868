import { expect, type Page } from "@playwright/test";
import { typeDate } from "./date-input";

/** The story screen of the dashboard (Arabic UI, as the demo desk uses it). */
export class StoryPage {
  constructor(readonly page: Page) {}

  status = () => this.page.locator("header [data-status]").first();
  step = (action: string) => this.page.locator(`[data-transition="${action}"]`);

  async take(action: string, fields: { reason?: string; publishAt?: string } = {}) {
    const form = this.step(action);
    if (fields.reason !== undefined) await form.locator("textarea[name=reason]").fill(fields.reason);
    if (fields.publishAt !== undefined) await typeDate(form.getByRole("group"), fields.publishAt);
    await form.getByRole("button").click();
  }

  async expectStatus(status: string) {
    await expect(this.status()).toHaveAttribute("data-status", status);
  }

  id(): string {
    const match = /\/dashboard\/articles\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a story page: ${this.page.url()}`);
    return match[1];
  }
}
