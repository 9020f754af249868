import { describe, expect, it } from "vitest";
import { matchQuery, TsqueryParseError } from "./phrase-pairs";

describe("matchQuery", () => {
  it("leaves a query without phrases as it was", () => {
    expect(matchQuery("'ترامب' & 'كامبريدج'")).toEqual({ text: "( 'ترامب' & 'كامبريدج' )", excludes: false, phrases: false });
    expect(matchQuery("'data' | 'propria'").text).toBe("( 'data' | 'propria' )");
  });

  it("asks for a two-word phrase as its pair, and nothing else", () => {
    expect(matchQuery("'data' <-> 'propria'")).toEqual({ text: "'data propria'", excludes: false, phrases: true });
  });

  it("pairs each spelling of the words with each of the other's (the particles the query adds)", () => {
    expect(matchQuery("( 'اعاد' | 'واعاد' ) <-> ( 'انتخاب' | 'لانتخاب' )").text).toBe("( 'اعاد انتخاب' | 'اعاد لانتخاب' | 'واعاد انتخاب' | 'واعاد لانتخاب' )");
  });

  it("narrows a longer phrase by its pairs and keeps the phrase, whose positions only the story can confirm", () => {
    expect(matchQuery("'a' <-> 'b' <-> 'c'").text).toBe("( 'a b' & 'b c' & ( ( 'a' <-> 'b' ) <-> 'c' ) )");
  });

  it("keeps a phrase with a gap (a stop word left out) as it was, beside the pairs it has", () => {
    expect(matchQuery("'minist' <2> 'financ'").text).toBe("( 'minist' <2> 'financ' )");
    expect(matchQuery("'a' <-> 'b' <2> 'c'").text).toBe("( 'a b' & ( ( 'a' <-> 'b' ) <2> 'c' ) )");
  });

  it("asks a phrase that ends in the start of a word (typed as one goes) by its pairs and words: such a start also matches pairs, which have no positions, and PostgreSQL then finds no phrase", () => {
    expect(matchQuery("'kamal' <-> 'ab':*").text).toBe("'kamal ab':*");
    expect(matchQuery("'x' <-> ( 'ab':* | 'لab':* )").text).toBe("( 'x ab':* | 'x لab':* )");
    expect(matchQuery("'a' <-> 'b' <-> 'c':*").text).toBe("( 'a b' & 'b c':* & 'a' & 'b' & 'c':* )");
    expect(matchQuery("'minist' <2> 'fin':*").text).toBe("( 'minist' & 'fin':* )");
  });

  it("rewrites phrases wherever they stand, and says when the query excludes words", () => {
    expect(matchQuery("'x' <-> 'y' & !( 'p' <-> 'q' )")).toEqual({ text: "( 'x y' & !( 'p q' ) )", excludes: true, phrases: true });
    expect(matchQuery("'ترامب' & !'فيسبوك'").excludes).toBe(true);
  });

  it("reads quotes and backslashes inside lexemes as PostgreSQL writes them, and writes them back the same", () => {
    expect(matchQuery("'it''s' <-> 'a\\\\b'").text).toBe("'it''s a\\\\b'");
  });

  it("leaves an empty query empty, and refuses what is not a tsquery", () => {
    expect(matchQuery("")).toEqual({ text: "", excludes: false, phrases: false });
    expect(() => matchQuery("'a' & (")).toThrow(TsqueryParseError);
    expect(() => matchQuery("a")).toThrow(TsqueryParseError);
  });
});
