/**
 * Phrases as lookups of word pairs. A search document holds, beside its
 * words, each pair of neighbouring words as one more lexeme ('a b', the
 * search_pairs() function of migration 0020). PostgreSQL's GIN index keeps no
 * positions: a phrase query («وزيادة على») makes it hand back every story
 * holding both words, each then read to check where they stand. Asked as the
 * pair instead, the index answers alone. Here a tsquery, as PostgreSQL writes
 * one, is read and its phrases rewritten that way: a two-word phrase becomes
 * its pair (the same stories, exactly); a longer one keeps its phrase beside
 * its pairs, which narrow it.
 */

type Lexeme = { kind: "lexeme"; text: string; flags: string };
type Node = Lexeme | { kind: "not"; arg: Node } | { kind: "and" | "or"; args: Node[] } | { kind: "phrase"; distance: number; left: Node; right: Node };

export class TsqueryParseError extends Error {}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === " ") {
      at++;
    } else if (char === "'") {
      // A quoted lexeme: PostgreSQL doubles a quote and a backslash inside it.
      let end = at + 1;
      for (;;) {
        if (end >= text.length) throw new TsqueryParseError("unterminated lexeme");
        if ((text[end] === "'" || text[end] === "\\") && text[end + 1] === text[end]) end += 2;
        else if (text[end] === "'") break;
        else end++;
      }
      const flags = /^:[A-D*]+/.exec(text.slice(end + 1))?.[0] ?? "";
      tokens.push(text.slice(at, end + 1) + flags);
      at = end + 1 + flags.length;
    } else if (char === "<") {
      const end = text.indexOf(">", at);
      if (end < 0) throw new TsqueryParseError("unterminated operator");
      tokens.push(text.slice(at, end + 1));
      at = end + 1;
    } else if ("&|!()".includes(char)) {
      tokens.push(char);
      at++;
    } else {
      throw new TsqueryParseError(`unexpected ${char}`);
    }
  }
  return tokens;
}

function parse(text: string): Node | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const list = (operator: "|" | "&", kind: "or" | "and", next: () => Node): Node => {
    const args = [next()];
    while (peek() === operator) {
      take();
      args.push(next());
    }
    return args.length === 1 ? args[0]! : { kind, args };
  };
  const unary = (): Node => {
    const token = take();
    if (token === undefined) throw new TsqueryParseError("unexpected end");
    if (token === "!") return { kind: "not", arg: unary() };
    if (token === "(") {
      const inner = or();
      if (take() !== ")") throw new TsqueryParseError("missing )");
      return inner;
    }
    const lexeme = /^'((?:[^']|'')*)'(?::([A-D*]+))?$/s.exec(token);
    if (!lexeme) throw new TsqueryParseError(`unexpected ${token}`);
    return { kind: "lexeme", text: lexeme[1]!.replace(/''/g, "'").replace(/\\\\/g, "\\"), flags: lexeme[2] ?? "" };
  };
  const phrase = (): Node => {
    let left = unary();
    for (let token = peek(); token?.startsWith("<"); token = peek()) {
      take();
      const distance = token === "<->" ? 1 : Number(token.slice(1, -1));
      if (!Number.isInteger(distance)) throw new TsqueryParseError(`unexpected ${token}`);
      left = { kind: "phrase", distance, left, right: unary() };
    }
    return left;
  };
  const and = () => list("&", "and", phrase);
  const or = (): Node => list("|", "or", and);
  const tree = or();
  if (at !== tokens.length) throw new TsqueryParseError(`unexpected ${peek()}`);
  return tree;
}

const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

function print(node: Node): string {
  switch (node.kind) {
    case "lexeme":
      return quote(node.text) + (node.flags ? `:${node.flags}` : "");
    case "not":
      return `!( ${print(node.arg)} )`;
    case "and":
    case "or":
      return `( ${node.args.map(print).join(node.kind === "and" ? " & " : " | ")} )`;
    case "phrase":
      return `( ${print(node.left)} ${node.distance === 1 ? "<->" : `<${node.distance}>`} ${print(node.right)} )`;
  }
}

/**
 * The words a phrase operand may be, when it is a plain word or a choice of
 * plain words (a word with its particles), each perhaps the start of a word
 * (`:*`, the last word of a query typed as one goes); else null.
 */
function alternatives(node: Node): Lexeme[] | null {
  if (node.kind === "lexeme") return node.flags === "" || node.flags === "*" ? [node] : null;
  if (node.kind === "or") {
    const words = node.args.map(alternatives);
    return words.every((w): w is Lexeme[] => w !== null) ? words.flat() : null;
  }
  return null;
}

function startsAWord(node: Node): boolean {
  if (node.kind === "lexeme") return node.flags.includes("*");
  if (node.kind === "not") return startsAWord(node.arg);
  if (node.kind === "phrase") return startsAWord(node.left) || startsAWord(node.right);
  return node.args.some(startsAWord);
}

function chain(node: Node): { operands: Node[]; distances: number[] } {
  if (node.kind !== "phrase") return { operands: [node], distances: [] };
  const left = chain(node.left);
  return { operands: [...left.operands, node.right], distances: [...left.distances, node.distance] };
}

function rewrite(node: Node): Node {
  switch (node.kind) {
    case "lexeme":
      return node;
    case "not":
      return { kind: "not", arg: rewrite(node.arg) };
    case "and":
    case "or":
      return { kind: node.kind, args: node.args.map(rewrite) };
    case "phrase": {
      const { operands, distances } = chain(node);
      const pairs: Node[] = [];
      let exact = true;
      distances.forEach((distance, i) => {
        const [left, right] = [alternatives(operands[i]!), alternatives(operands[i + 1]!)];
        // A pair can end in the start of a word ('a b':* is «a», then a word beginning «b»), not begin with one.
        if (distance !== 1 || !left || !right || left.some((word) => word.flags !== "")) {
          exact = false;
          return;
        }
        const choices = left.flatMap((a) => right.map((b): Node => ({ kind: "lexeme", text: `${a.text} ${b.text}`, flags: b.flags })));
        pairs.push(choices.length === 1 ? choices[0]! : { kind: "or", args: choices });
      });
      if (exact && operands.length === 2) return pairs[0]!;
      // A word's start ('ab':*) also matches pairs beginning with it, which carry no positions, and
      // PostgreSQL then finds no phrase at all. So a phrase being typed is asked as its words and
      // pairs: a little wider than the phrase, never narrower.
      if (operands.some(startsAWord)) return { kind: "and", args: [...pairs, ...operands] };
      if (pairs.length === 0) return node;
      return { kind: "and", args: [...pairs, node] };
    }
  }
}

function hasNot(node: Node): boolean {
  switch (node.kind) {
    case "lexeme":
      return false;
    case "not":
      return true;
    case "and":
    case "or":
      return node.args.some(hasNot);
    case "phrase":
      return hasNot(node.left) || hasNot(node.right);
  }
}

function hasPhrase(node: Node): boolean {
  switch (node.kind) {
    case "lexeme":
      return false;
    case "not":
      return hasPhrase(node.arg);
    case "and":
    case "or":
      return node.args.some(hasPhrase);
    case "phrase":
      return true;
  }
}

/**
 * The tsquery to match search documents with (its phrases as word pairs);
 * whether it excludes words (a story then matches only if its whole text
 * does: a headline without the excluded word is not enough); whether it has
 * phrases.
 */
export function matchQuery(tsquery: string): { text: string; excludes: boolean; phrases: boolean } {
  const tree = parse(tsquery);
  return tree ? { text: print(rewrite(tree)), excludes: hasNot(tree), phrases: hasPhrase(tree) } : { text: tsquery, excludes: false, phrases: false };
}
