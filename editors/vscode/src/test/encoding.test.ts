import { strict as assert } from "assert";
import { test } from "node:test";
import { Converter, toBytes, toUnits } from "../encoding";

test("columns in bytes and UTF-16 units", () => {
  const line = "Zoë, don’t go 🙏 now";
  for (let units = 0; units <= line.length; units++) {
    if (units > 0 && line.charCodeAt(units - 1) >= 0xd800 && line.charCodeAt(units - 1) < 0xdc00) {
      continue; // inside a surrogate pair
    }
    assert.equal(toUnits(line, toBytes(line, units)), units);
  }
  assert.equal(toBytes(line, 3), 4); // ë is two bytes
  assert.equal(toBytes(line, line.indexOf("now")), Buffer.byteLength("Zoë, don’t go 🙏 ", "utf8"));
});

test("messages both ways", () => {
  const c = new Converter();
  const init = c.toServer({ id: 0, method: "initialize", params: { capabilities: {} } });
  assert.deepEqual(init.params.capabilities.general.positionEncodings, ["utf-8", "utf-16"]);
  const answer = c.fromServer({ id: 0, result: { capabilities: { positionEncoding: "utf-8" } } });
  assert.equal(answer.result.capabilities.positionEncoding, "utf-16");

  const uri = "file:///cancel.txt";
  c.toServer({ method: "textDocument/didOpen", params: { textDocument: { uri, text: "Zoë, please don’t go!\n" } } });
  // The server reports "please don’t go!" at bytes 6-24: UTF-16 units 5-21.
  const diags = c.fromServer({
    method: "textDocument/publishDiagnostics",
    params: { uri, diagnostics: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 24 } } }] },
  });
  assert.deepEqual(diags.params.diagnostics[0].range, { start: { line: 0, character: 5 }, end: { line: 0, character: 21 } });

  // An edit is converted against the text before it, then applied.
  const change = c.toServer({
    method: "textDocument/didChange",
    params: { textDocument: { uri }, contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 21 } }, text: "we’ll miss you." }] },
  });
  assert.deepEqual(change.params.contentChanges[0].range, { start: { line: 0, character: 6 }, end: { line: 0, character: 24 } });
  const hover = c.toServer({ id: 7, method: "textDocument/hover", params: { textDocument: { uri }, position: { line: 0, character: "Zoë, we’ll miss you".length } } });
  assert.equal(hover.params.position.character, Buffer.byteLength("Zoë, we’ll miss you", "utf8"));
  const reply = c.fromServer({ id: 7, result: { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } } } });
  assert.deepEqual(reply.result.range.start, { line: 0, character: 5 });
});
