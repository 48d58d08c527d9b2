// The extension's activate, with the real vscode-languageclient and a fake of VS Code around
// it, starts farewell lsp (FAREWELL_BIN, or farewell on PATH), sends it an open cancellation
// e-mail and gets its diagnostics at the right lines and UTF-16 columns, with either position
// encoding. Skipped when no farewell binary is found.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { test } from "node:test";
import { FakeVSCode, document } from "./fakevscode";

/** Returns the farewell binary to start, or "" when there is none. */
function farewellBinary(): string {
  if (process.env.FAREWELL_BIN) {
    return process.env.FAREWELL_BIN;
  }
  try {
    return execFileSync("sh", ["-c", "command -v farewell"], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

const email = `<!DOCTYPE html>
<html>
<body>
  <p>Hi Zoë — we’re sorry to see you leave.</p>
  <p>Your subscription has been cancelled. Zoë, please don’t go! To cancel for good, call us.</p>
</body>
</html>
`;

const rule = "farewell.desperation.please-dont-go";

/** Returns the code of a diagnostic as the client makes it: a string, or { value, target }. */
function codeOf(d: { code?: unknown }): unknown {
  return typeof d.code === "object" && d.code !== null ? (d.code as { value: unknown }).value : d.code;
}

const bin = farewellBinary();
const fake = new FakeVSCode();
const uninstall = fake.install();
process.on("exit", uninstall);

for (const encoding of ["utf-16", "utf-8"]) {
  test(`the client starts farewell lsp and shows its diagnostics (${encoding})`, { skip: bin === "" && "no farewell binary: set FAREWELL_BIN" }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "farewell-vscode-"));
    const file = path.join(dir, "cancel.html");
    fs.writeFileSync(file, email);
    fake.settings.set("farewell.path", bin);
    fake.settings.set("farewell.positionEncoding", encoding);
    fake.settings.set("farewell.debounceMs", 0);
    fake.textDocuments.splice(0, fake.textDocuments.length, document(file, "html", email));
    fake.diagnostics.clear();

    const key = fake.textDocuments[0].uri.toString();
    const arrived = new Promise<void>((resolve) => {
      const sub = fake.diagnosticsChanged.event((uri) => {
        if (uri === key && (fake.diagnostics.get(uri) ?? []).some((d) => codeOf(d) === rule)) {
          sub.dispose();
          resolve();
        }
      });
    });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ext = require("../extension") as typeof import("../extension");
    const context = { subscriptions: [] as { dispose(): unknown }[] };
    await ext.activate(context as never);
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        arrived,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no ${rule} diagnostic in 20 s; log:\n${fake.log.join("\n")}`)), 20000);
        }),
      ]).finally(() => clearTimeout(timer));
      const lines = email.split("\n");
      const line = lines.findIndex((l) => l.includes("please don’t go!"));
      const found = (fake.diagnostics.get(key) ?? []).filter((d) => codeOf(d) === rule);
      assert.equal(found.length, 1, JSON.stringify(found));
      const { start, end } = found[0].range;
      // VS Code counts UTF-16 units, as JavaScript strings do: "Zoë, " before it is one unit per character.
      assert.deepEqual([start.line, start.character], [line, lines[line].indexOf("please don’t go!")]);
      assert.deepEqual([end.line, end.character], [line, lines[line].indexOf("please don’t go!") + "please don’t go!".length]);
      assert.equal(found[0].source, "farewell");
    } finally {
      for (const d of context.subscriptions) {
        await d.dispose();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
