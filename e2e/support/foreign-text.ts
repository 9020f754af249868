import type { Page } from "@playwright/test";

/**
 * Every piece of text on the page that a person reads in the interface's
 * language but that is written in the other one's script: Latin letters in
 * the Arabic desk, Arabic letters in the English one. Text with no language
 * of its own is left out, because it is marked as such:
 *
 * - what people wrote (names, e-mails, headlines, section names, story text),
 *   which the desk isolates with `<bdi>` or `dir="auto"` (or, inside a line
 *   of plain text, between U+2068 and U+2069), or marks `translate="no"`,
 *   and form fields and the editor, whose values are theirs;
 * - words in another language on purpose, marked with their own `lang`
 *   (the language switcher's «English»);
 * - keys as printed on the keyboard (`<kbd>`, and "Ctrl+B" in a tooltip).
 *
 * Attributes a person reads (aria-label, title, placeholder, alt) count too.
 */
export async function foreignText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ui = document.documentElement.lang;
    const foreign = ui === "ar" ? /[A-Za-z]/ : /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
    const keyCombos = /\b(?:Ctrl|Shift|Alt)\+[A-Z]\b|⌘[A-Z]/g;
    const isolates = /\u2068[^\u2069]*\u2069/g;
    const otherLanguage = (element: Element) => (element.closest("[lang]")?.getAttribute("lang") ?? ui) !== ui;
    // dir="auto" marks text as someone's own; on a form field it only sets the direction of what they type.
    const ownText = (element: Element) =>
      element.closest("bdi, [dir=auto], [translate=no], kbd, input, textarea, [contenteditable=true], script, style, noscript, template, title") !== null;
    const ownAttribute = (element: Element) => element.closest("bdi, [translate=no], kbd, [contenteditable=true]") !== null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? "").replace(isolates, "");
      if (!parent || ownText(parent) || otherLanguage(parent) || !foreign.test(text)) continue;
      found.push(`<${parent.tagName.toLowerCase()}> ${(node.textContent ?? "").trim().slice(0, 120)}`);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (ownAttribute(element) || otherLanguage(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name)?.replace(keyCombos, "").replace(isolates, "");
        if (value && foreign.test(value)) found.push(`${name}="${value.slice(0, 120)}"`);
      }
    }
    return found;
  });
}
