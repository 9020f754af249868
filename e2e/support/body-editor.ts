import { expect, type Page } from "@playwright/test";

type WithEditor = HTMLElement & { editor: { commands: { focus: (at: "end") => boolean }; view: { hasFocus: () => boolean } } };

/** The story body's rich-text editor and its save status. */
export class BodyEditor {
  constructor(private readonly page: Page) {}

  root = () => this.page.locator("#body-editor");
  status = () => this.page.getByTestId("save-status");

  /**
   * Puts the caret at the end of the body through the editor itself: a native
   * End key followed at once by Enter races the editor's reading of the DOM
   * selection, which no person typing is fast enough to hit.
   */
  async caretAtEnd() {
    await this.root().evaluate((el) => (el as WithEditor).editor.commands.focus("end"));
    await this.focused();
  }

  /**
   * Waits for the editor to hold the focus again, as after a toolbar button: it
   * takes it on the next animation frame, and keys pressed before then go elsewhere.
   */
  async focused() {
    await expect.poll(() => this.root().evaluate((el) => (el as WithEditor).editor.view.hasFocus())).toBe(true);
  }

  /** A paste at the end of the body as the browser delivers it: one event carrying each clipboard flavour given. */
  async paste(data: Record<string, string>) {
    await this.caretAtEnd();
    await this.root().evaluate((el, flavours) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(flavours)) transfer.setData(type, value);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }

  /** Selects the first occurrence of `text` in the body, as a mouse drag would. */
  async select(text: string) {
    await this.root().focus();
    const found = await this.root().evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      }
      return false;
    }, text);
    expect(found, `"${text}" is in the body`).toBe(true);
    // The editor takes the browser's selection on its next selectionchange; commands (bold, link) act on the editor's.
    await expect
      .poll(() =>
        this.root().evaluate((el) => {
          const { state } = (
            el as HTMLElement & { editor: { state: { selection: { from: number; to: number }; doc: { textBetween: (a: number, b: number) => string } } } }
          ).editor;
          return state.doc.textBetween(state.selection.from, state.selection.to);
        }),
      )
      .toBe(text);
  }

  /** Replaces the first occurrence of `text` by typing over it. */
  async replace(text: string, replacement: string) {
    await this.select(text);
    await this.page.keyboard.type(replacement);
  }

  async expectSaved() {
    await expect(this.status()).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  }
}
