import { describe, expect, it } from "vitest";
import { pagingOf, parseEqualityFilter } from "@/lib/scim/filter";

describe("SCIM filters", () => {
  it("reads Entra's equality filters, attribute names in any case, quotes escaped", () => {
    expect(parseEqualityFilter('userName eq "alex@force.example"', ["userName", "externalId"])).toEqual({
      attribute: "userName",
      value: "alex@force.example",
    });
    expect(parseEqualityFilter('EXTERNALID EQ "a\\"b"', ["userName", "externalId"])).toEqual({
      attribute: "externalId",
      value: 'a"b',
    });
    expect(parseEqualityFilter(null, ["userName"])).toBeNull();
  });

  it("refuses other operators and attributes as invalidFilter", () => {
    for (const filter of ['userName co "a"', 'title eq "x"', "userName eq alex", 'userName eq "a" or active eq true']) {
      expect(() => parseEqualityFilter(filter, ["userName"])).toThrow(
        expect.objectContaining({ status: 400, scimType: "invalidFilter" }),
      );
    }
  });

  it("pages from startIndex 1, at most 200 at a time", () => {
    expect(pagingOf(new URLSearchParams(""))).toEqual({ startIndex: 1, count: 100 });
    expect(pagingOf(new URLSearchParams("startIndex=0&count=1000"))).toEqual({ startIndex: 1, count: 200 });
    expect(() => pagingOf(new URLSearchParams("count=ten"))).toThrow(expect.objectContaining({ status: 400 }));
  });
});
