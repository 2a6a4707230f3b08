import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DataFileError, parseDataFile, readDataFile, wordList } from "../../src/knowledge/data_file.ts";
import { dataPath } from "../../src/ingest/data_path.ts";

const df = suite("data files");
df("readDataFile :: every shipped data file has an about note", () => {
  for (const name of ["boilerplate.json", "text_shapes.json"]) assert.type(readDataFile(dataPath(name)).about, "string");
});
df("wordList :: lower-case words only (fail)", () => {
  const data = parseDataFile('{"about": "x", "words": ["of", "The"]}', "w.json");
  assert.throws(() => wordList(data, "words", "w.json"), (e: Error) => e instanceof DataFileError && /^w\.json: "words" holds "The", not a lower-case word$/.test(e.message));
  const notList = parseDataFile('{"about": "x", "words": "of"}', "w.json");
  assert.throws(() => wordList(notList, "words", "w.json"), /^w\.json: "words" must be a list of lower-case words$/);
  assert.equal([...wordList(parseDataFile('{"about": "x", "words": ["of"]}', "w.json"), "words", "w.json")], ["of"]);
});
df("readDataFile :: a missing file names itself (fail)", () => {
  assert.throws(() => readDataFile("/nonexistent/words.json"), /\/nonexistent\/words\.json: cannot be read/);
});
df.run();
