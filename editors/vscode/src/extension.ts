// The farewell extension starts `farewell lsp` for the files farewell reads: diagnostics with
// gracious rewrites as quick fixes, hovers that say why, and each message's grace score.
import { spawn } from "child_process";
import * as vscode from "vscode";
import {
  DocumentSelector,
  LanguageClient,
  LanguageClientOptions,
  MessageTransports,
  ServerOptions,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageclient/node";
import { Converter, Message } from "./encoding";

/** The file extensions farewell reads (format.Extensions; a Go test keeps the two the same). */
const extensions = [
  "txt", "text", "md", "markdown", "mdown", "mkd", "mdx", "html", "htm", "xhtml", "mjml", "eml", "json", "arb",
  "yml", "yaml", "js", "mjs", "cjs", "ts", "mts", "cts", "po", "pot", "strings", "stringsdict", "xlf", "xliff",
  "resx", "ini", "properties", "xml", "twig", "hbs", "handlebars", "mustache", "liquid", "jinja", "jinja2", "j2",
  "njk", "erb", "tmpl", "tpl", "gotmpl", "gohtml",
];

/** Documents farewell lints: files by name, and unsaved documents by language. */
const selector: DocumentSelector = [
  { scheme: "file", pattern: `**/*.{${extensions.join(",")}}` },
  ...["html", "markdown", "plaintext", "handlebars", "django-html", "jinja-html", "twig"].map((language) => ({
    scheme: "untitled",
    language,
  })),
];

/** Starts farewell lsp through a converter of positions: the utf-8 position encoding. */
function converted(command: string, args: string[]): ServerOptions {
  return async (): Promise<MessageTransports> => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
    const conv = new Converter();
    const reader = new StreamMessageReader(child.stdout);
    const writer = new StreamMessageWriter(child.stdin);
    return {
      reader: {
        onError: reader.onError,
        onClose: reader.onClose,
        onPartialMessage: reader.onPartialMessage,
        listen: (callback) => reader.listen((m) => callback(conv.fromServer(m as Message) as never)),
        dispose: () => {
          reader.dispose();
          child.kill();
        },
      },
      writer: {
        onError: writer.onError,
        onClose: writer.onClose,
        write: (m) => writer.write(conv.toServer(m as Message) as never),
        end: () => writer.end(),
        dispose: () => writer.dispose(),
      },
    };
  };
}

/** Makes the language client from the settings. */
function client(): LanguageClient {
  const cfg = vscode.workspace.getConfiguration("farewell");
  const command = cfg.get<string>("path") || "farewell";
  const args = ["lsp", ...cfg.get<string[]>("args", [])];
  const server: ServerOptions =
    cfg.get<string>("positionEncoding") === "utf-8" ? converted(command, args) : { command, args };
  const options: LanguageClientOptions = {
    documentSelector: selector,
    initializationOptions: { debounceMs: cfg.get<number>("debounceMs", 0) },
  };
  return new LanguageClient("farewell", "farewell", server, options);
}

/** Starts the language client; it is restarted when a setting it reads changes. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const running = { client: client() };
  context.subscriptions.push(
    { dispose: () => void running.client.stop() },
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (["path", "args", "positionEncoding", "debounceMs"].some((s) => e.affectsConfiguration(`farewell.${s}`))) {
        await running.client.stop();
        running.client = client();
        await running.client.start();
      }
    }),
  );
  await running.client.start();
}

/** Does nothing: the client is stopped by the subscription that activate registered. */
export function deactivate(): void {
}
