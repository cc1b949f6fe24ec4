import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const root = join(__dirname, "..", "..");

/** functions.json is what Excel reads to offer =VOC.* in autocomplete: its names, parameters and types. */
describe("the generated functions.json", () => {
  it("matches the reviewed golden metadata", async () => {
    const generated = await generateCustomFunctionsMetadata(join(root, "src/functions/functions.ts"));
    expect(generated.errors).toEqual([]);
    const golden = JSON.parse(readFileSync(join(__dirname, "functions.golden.json"), "utf8"));
    expect(JSON.parse(generated.metadataJson)).toEqual(golden);
  });
});
