// chevrotain's grammar validations (skipped by the shared parser instance for start-up
// speed) must find nothing.
import { describe, expect, it } from "vitest";
import { validateGrammar } from "../../src/parser/parser.js";

describe("grammar", () => {
  it("passes chevrotain's self-analysis validations", () => {
    expect(validateGrammar()).toEqual([]);
  });
});
