import { readFileSync } from "node:fs";
import { searchText } from "@/lib/search/search-text";

/**
 * The text `npm run bench:search` fills its database with: paragraphs and
 * headlines drawn from a real vocabulary (the words of the reference story
 * and of the text below), common words often and rare ones seldom (Zipf),
 * and a made-up place name per story, which few stories share. Every piece
 * comes with its searchText() form, so the database can build the same
 * search documents the app writes, without a round trip per story.
 */

const EXTRA_ARABIC = `
أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتخفيض معدلات التضخم خلال العام المقبل
وقال وزير المالية في مؤتمر صحفي إن الموازنة العامة ستشهد زيادة في الإنفاق على التعليم والصحة
وأكد رئيس الوزراء أن البرلمان سيناقش مشروع القانون الأسبوع المقبل قبل التصويت عليه
وشهدت البورصة ارتفاعا ملحوظا في تعاملات اليوم بعد إعلان نتائج الشركات الكبرى
وتوقعت هيئة الأرصاد سقوط أمطار غزيرة على المناطق الساحلية مع انخفاض في درجات الحرارة
وفي الرياضة فاز النادي الأهلي على منافسه في مباراة مثيرة انتهت بثلاثة أهداف مقابل هدفين
وأشارت التقارير إلى أن أسعار النفط تراجعت في الأسواق العالمية بسبب المخاوف من تباطؤ النمو
ودعا الاتحاد الأوروبي إلى وقف إطلاق النار واستئناف المفاوضات بين الأطراف المعنية
وافتتح المحافظ مدرسة جديدة ومركزا للشباب في القرية بحضور عدد من المسؤولين والأهالي
`;

const ENGLISH = `
the government announced a new plan to support the economy and reduce inflation next year
the finance minister told a press conference that the budget would increase spending on schools and health
parliament will debate the bill next week before a vote the prime minister said
shares rose on the stock exchange after the largest companies reported their results
forecasters expect heavy rain on the coast and falling temperatures through the weekend
oil prices fell on world markets on fears of slowing growth in china and europe
the european union called for a ceasefire and a return to negotiations between the parties
the court ruled that the election commission must publish the results of the recount
data propria cambridge analytica facebook campaign voters consultants brad parscale
`;

/** A small, fast, seeded generator (mulberry32): the same corpus every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length > 0);
}

/** Distinct words, most frequent in the source first, so that Zipf makes the source's common words common. */
function vocabulary(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** A word at Zipf-like rank: rank r with probability about 1/r. */
function zipf(words: string[], next: () => number): string {
  return words[Math.min(words.length - 1, Math.floor(Math.exp(next() * Math.log(words.length + 1))) - 1)]!;
}

export type Piece = { text: string; searchable: string };

const piece = (text: string): Piece => ({ text, searchable: searchText(text) });

function sentence(words: string[], length: number, next: () => number): string {
  return Array.from({ length }, () => zipf(words, next)).join(" ");
}

// Syllables for made-up place names: rare words, in Arabic letters.
const SYLLABLES = ["با", "تو", "سي", "ري", "كا", "مو", "نو", "لي", "دا", "زو", "فا", "قي", "جو", "شا", "هي", "وا"];

export type Corpus = {
  arabic: { paragraphs: Piece[]; headlines: Piece[] };
  english: { paragraphs: Piece[]; headlines: Piece[] };
  places: Piece[];
  /** Words by how common they are in the generated text (the first is the most common). */
  arabicWords: string[];
  englishWords: string[];
};

export function buildCorpus(fixture: string, sizes = { paragraphs: 3000, headlines: 5000, places: 30000 }): Corpus {
  const next = random(20261202);
  const arabicWords = vocabulary(`${readFileSync(fixture, "utf8")}\n${EXTRA_ARABIC}`).filter((word) => !/^[a-z]/i.test(word));
  const englishWords = vocabulary(ENGLISH);
  const pool = (words: string[]) => ({
    paragraphs: Array.from({ length: sizes.paragraphs }, () => piece(`${sentence(words, 20 + Math.floor(next() * 40), next)}.`)),
    headlines: Array.from({ length: sizes.headlines }, () => piece(sentence(words, 6 + Math.floor(next() * 5), next))),
  });
  const places = new Set<string>();
  while (places.size < sizes.places) {
    places.add(Array.from({ length: 3 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(""));
  }
  return { arabic: pool(arabicWords), english: pool(englishWords), places: [...places].map(piece), arabicWords, englishWords };
}
