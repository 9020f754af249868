import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { linkMail } from "./link-mail";

describe("linkMail", () => {
  it("carries the link in Arabic and English, as plain text, to the person", async () => {
    const mail = linkMail({ name: "نادية", email: "nadia@example.test" }, "https://desk.example/invite/abc", "invite");
    expect(mail.to).toBe("nadia@example.test");
    expect(mail.text).toContain("مرحبًا نادية");
    expect(mail.text).toContain("Hello نادية");
    expect(mail.text.match(/https:\/\/desk\.example\/invite\/abc/g)).toHaveLength(2);
    expect(linkMail({ name: "x", email: "x@example.test" }, "l", "reset").subject).toContain("A new newsroom password");

    // What nodemailer builds from it: UTF-8 text, the Arabic subject encoded, no HTML part.
    const built = await nodemailer
      .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
      .sendMail({ from: "Desk <desk@example.test>", ...mail });
    const raw = (built.message as Buffer).toString("utf8");
    expect(raw).toMatch(/^To: nadia@example\.test$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain("Content-Type: text/plain; charset=utf-8");
    expect(raw).not.toContain("text/html");
  });
});
