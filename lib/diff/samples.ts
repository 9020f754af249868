import { paragraph } from "../richtext/build";
import { MAX_DOCUMENT_CHARACTERS, type RichTextDocument } from "../richtext/schema";
import type { RevisionText } from "./revisions";

/**
 * Story versions of the shapes that make a word diff expensive, for the unit
 * tests and `npm run bench:diff`. Deterministic: a seed picks the words, so a
 * run can be repeated and two seeds give two unrelated texts.
 */

// Common words repeat, as in real copy: unrelated texts still share many
// words, which is what makes a word diff of them slow.
const VOCABULARY = [
  "الحكومة",
  "البرلمان",
  "الانتخابات",
  "الاقتصاد",
  "الرئيس",
  "الوزير",
  "القاهرة",
  "الدولار",
  "وقال",
  "المتحدث",
  "في",
  "من",
  "أن",
  "على",
  "إلى",
  "عن",
  "مع",
  "هذا",
  "التي",
  "الذي",
  "أكدت",
  "الوكالة",
  "أربعة",
  "موظفين",
  "بيان",
  "اليوم",
  "الأسعار",
  "التضخم",
  "الموازنة",
  "الضرائب",
  "ميناء",
  "العاصفة",
  "المحكمة",
  "الشرطة",
  "النفط",
  "الغاز",
  "المستشفى",
  "الجامعة",
  "الطقس",
  "الأمطار",
];

/** `count` words picked by `seed`, with a comma or full stop now and then. */
function sampleWords(count: number, seed: number): string {
  let state = seed >>> 0 || 1;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const word = VOCABULARY[(state >>> 8) % VOCABULARY.length]!;
    words.push(i % 13 === 12 ? `${word}.` : i % 7 === 6 ? `${word}،` : word);
  }
  return words.join(" ");
}

// The schema's limit on one text node.
const TEXT_NODE_LIMIT = 20_000;

/** A body of the given paragraphs; one longer than a text node may be is split over several at spaces. */
export function sampleBody(paragraphs: string[]): RichTextDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => {
      if (text.length <= TEXT_NODE_LIMIT) return paragraph(text);
      const content: { type: "text"; text: string }[] = [];
      for (let start = 0; start < text.length;) {
        const end = start + TEXT_NODE_LIMIT >= text.length ? text.length : text.lastIndexOf(" ", start + TEXT_NODE_LIMIT);
        content.push({ type: "text", text: text.slice(start, end) });
        start = end;
      }
      return { type: "paragraph", content };
    }),
  };
}

/**
 * `count` paragraphs of words from `seed` that together fill a body to just
 * under MAX_DOCUMENT_CHARACTERS: the largest body a story may have with that
 * many blocks.
 */
export function fullBodyParagraphs(count: number, seed: number): string[] {
  const overhead = JSON.stringify(sampleBody(Array.from({ length: count }, () => "x"))).length - count;
  const room = MAX_DOCUMENT_CHARACTERS - overhead - 1_000;
  const words = sampleWords(Math.ceil(room / 3), seed)
    .slice(0, room)
    .split(" ");
  const perParagraph = Math.floor(words.length / count);
  return Array.from({ length: count }, (_, i) => words.slice(i * perParagraph, (i + 1) * perParagraph).join(" "));
}

function version(paragraphs: string[], headline = "عنوان الخبر"): RevisionText {
  return { headline, dek: "ملخص الخبر.", body: sampleBody(paragraphs) };
}

/** Replaces the `n`th word of a paragraph (a one-word fix). */
function fixWord(text: string, n: number): string {
  const words = text.split(" ");
  words[n % words.length] = "خمسة";
  return words.join(" ");
}

export type DiffShape = { name: string; before: RevisionText; after: RevisionText };

/** The shapes the benchmark times and the tests bound, the worst allowed among them. */
export function diffShapes(): DiffShape[] {
  const full = fullBodyParagraphs(2_000, 1);
  const fewer = fullBodyParagraphs(200, 1);
  return [
    { name: "one word fixed in a full 2,000-paragraph body", before: version(full), after: version(full.map((p, i) => (i === 1_000 ? fixWord(p, 3) : p))) },
    { name: "one word fixed in every paragraph of a full body", before: version(full), after: version(full.map((p, i) => fixWord(p, i))) },
    {
      name: "3,000-word body (30 paragraphs) replaced",
      before: version(Array.from({ length: 30 }, (_, i) => sampleWords(100, 10 + i))),
      after: version(Array.from({ length: 30 }, (_, i) => sampleWords(100, 100 + i))),
    },
    { name: "3,000-word paragraph replaced", before: version([sampleWords(3_000, 3)]), after: version([sampleWords(3_000, 4)]) },
    {
      name: "one 20,000-character paragraph replaced",
      before: version([sampleWords(4_000, 5).slice(0, 20_000)]),
      after: version([sampleWords(4_000, 6).slice(0, 20_000)]),
    },
    { name: "two different full bodies, 2,000 paragraphs", before: version(full), after: version(fullBodyParagraphs(2_000, 2)) },
    { name: "two different full bodies, 200 paragraphs", before: version(fewer), after: version(fullBodyParagraphs(200, 2)) },
    { name: "two different 30,000-word one-paragraph bodies", before: version(fullBodyParagraphs(1, 7)), after: version(fullBodyParagraphs(1, 8)) },
    { name: "full body with its paragraphs in reverse order", before: version(full), after: version([...full].reverse()) },
  ];
}
