import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashScripts } from "./script-hashes";

const NONCE = "c2VjcmV0LW5vbmNlLTEyMzQ=";
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const hashesOf = (html: string, integrityOf?: (src: string) => string | undefined) => hashScripts(html, NONCE, integrityOf).hashes;

describe("hashScripts", () => {
  it("hashes the text of each inline script the render wrote, and takes each external one's integrity", () => {
    const html = [
      `<head><script src="/_next/static/chunks/a.js" async="" nonce="${NONCE}" integrity="sha256-AAAA"></script>`,
      `<script id="_R_" nonce="${NONCE}">(globalThis.TURBOPACK||[]).push({})</script></head>`,
      `<body><p>خبر</p><script nonce="${NONCE}">self.__next_f.push([1,"خبر \\u003cb\\u003e"])</script></body>`,
    ].join("");
    const result = hashScripts(html, NONCE);
    expect(result.hashes).toEqual(["'sha256-AAAA'", sha256("(globalThis.TURBOPACK||[]).push({})"), sha256('self.__next_f.push([1,"خبر \\u003cb\\u003e"])')]);
    expect(result.html).toBe(html);
  });

  it("gives no hash to a script without the render's nonce, whatever it claims", () => {
    const html = [
      `<script>alert(1)</script>`,
      `<script nonce="guessed">alert(2)</script>`,
      `<script nonce="${NONCE}x">alert(3)</script>`,
      `<SCRIPT data-nonce="${NONCE}">alert(4)</SCRIPT>`,
      `<script src="https://evil.example/x.js" integrity="sha256-BBBB"></script>`,
      `<script src="/_next/static/chunks/a.js"></script>`,
    ].join("");
    const result = hashScripts(html, NONCE, () => "sha256-CCCC");
    expect(result.hashes).toEqual([]);
    expect(result.html).toBe(html);
  });

  it("adds the integrity the build knows to an external script the render wrote without one", () => {
    const html = `<script src="/_next/static/chunks/b.js?dpl=1" async="" nonce="${NONCE}"></script><script src="/c.js" nonce="${NONCE}"></script>`;
    const result = hashScripts(html, NONCE, (src) => (src === "/_next/static/chunks/b.js?dpl=1" ? "sha256-DDDD" : undefined));
    expect(result.hashes).toEqual(["'sha256-DDDD'"]);
    expect(result.html).toBe(
      `<script src="/_next/static/chunks/b.js?dpl=1" async="" nonce="${NONCE}" integrity="sha256-DDDD"></script><script src="/c.js" nonce="${NONCE}"></script>`,
    );
  });

  it("keeps only well-formed digests, and never replaces an integrity the render wrote", () => {
    const html = [
      `<script src="/a.js" nonce="${NONCE}" integrity="md5-CCCC sha384-DDDD?opt 'sha512-x' sha512-EEEE=="></script>`,
      `<script src="/b.js" nonce="${NONCE}" integrity="md5-FFFF"></script>`,
    ].join("");
    const result = hashScripts(html, NONCE, () => "sha256-GGGG");
    expect(result.hashes).toEqual(["'sha384-DDDD'", "'sha512-EEEE=='"]);
    expect(result.html).toBe(html);
  });

  it("ignores a malformed integrity offered for a script", () => {
    expect(hashesOf(`<script src="/a.js" nonce="${NONCE}"></script>`, () => `sha256-" onload="x`)).toEqual([]);
  });

  it("hashes line endings as the browser's parser leaves them, and each script once", () => {
    const html = `<script nonce="${NONCE}">a()\r\nb()\rc()</script><script nonce='${NONCE}'>a()\nb()\nc()</script>`;
    expect(hashesOf(html)).toEqual([sha256("a()\nb()\nc()")]);
  });

  it("reads the nonce in any attribute form", () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle"}</script><script async nonce=${NONCE} >x()</script >`;
    expect(hashesOf(html)).toEqual([sha256("x()")]);
  });
});
