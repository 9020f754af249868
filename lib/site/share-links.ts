import { requireAbsoluteUrl } from "./public-url";

export type ShareLinks = { whatsapp: string; telegram: string; x: string; facebook: string; email: string };

// encodeURIComponent, not URLSearchParams: a mail client reads "+" in a mailto: link as a plus,
// not a space, and it leaves nothing of "&", "#" or "=" in a headline to end the parameter early.
const q = encodeURIComponent;

/**
 * Links that open each service's own share screen with the story's headline and address. Apps
 * that take only text (WhatsApp, e-mail) get the headline, a line break, then the address, so a
 * right-to-left headline does not swallow the link.
 */
export function shareLinks(story: { url: string; headline: string }): ShareLinks {
  const url = requireAbsoluteUrl(story.url);
  const headline = story.headline.trim();
  return {
    whatsapp: `https://wa.me/?text=${q(`${headline}\n${url}`)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(headline)}`,
    x: `https://x.com/intent/post?url=${q(url)}&text=${q(headline)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    email: `mailto:?subject=${q(headline)}&body=${q(`${headline}\n\n${url}`)}`,
  };
}
