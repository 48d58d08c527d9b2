// A stand-in for the `vscode` module, enough for the extension and the real
// vscode-languageclient to start farewell lsp, open a document and turn the diagnostics the
// server publishes into VS Code's. What the client only registers (providers, commands,
// watchers) is accepted and ignored.
import Module = require("module");

/** Something that can be disposed of. */
export interface Disposable {
  dispose(): void;
}

const disposable = (): Disposable => ({ dispose: () => undefined });

/** An event source, as vscode.EventEmitter. */
export class EventEmitter<T> {
  private readonly listeners: ((v: T) => void)[] = [];
  readonly event = (l: (v: T) => void): Disposable => {
    this.listeners.push(l);
    return { dispose: () => this.listeners.splice(this.listeners.indexOf(l), 1) };
  };
  fire(v: T): void {
    [...this.listeners].forEach((l) => l(v));
  }
  dispose(): void {
    this.listeners.length = 0;
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c as number, d as number) : (b as Position);
  }
}

class Diagnostic {
  code?: unknown;
  source?: string;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

class Uri {
  private constructor(private readonly text: string, readonly fsPath: string) {}
  static file(p: string): Uri {
    return new Uri("file://" + p.split("/").map(encodeURIComponent).join("/"), p);
  }
  static parse(s: string): Uri {
    return new Uri(s, s.startsWith("file://") ? decodeURIComponent(s.slice(7)) : s);
  }
  get scheme(): string {
    return this.text.slice(0, this.text.indexOf(":"));
  }
  toString(): string {
    return this.text;
  }
}

/** A text document the fake workspace holds open. */
export interface TextDocument {
  uri: Uri;
  languageId: string;
  version: number;
  getText(): string;
}

/** Returns a document of text at path, as VS Code opens it. */
export function document(path: string, languageId: string, text: string): TextDocument {
  return { uri: Uri.file(path), languageId, version: 1, getText: () => text };
}

/** A glob of a document selector as a regular expression: `**`, `*` and `{a,b}`. */
function glob(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^$()|[\]\\]/g, "\\$&")
    .replace(/\*\*\//g, "\u0000")
    .replace(/\*/g, "[^/]*")
    .replace(/\u0000/g, "(?:.*/)?")
    .replace(/\{([^}]*)\}/g, (_, alts: string) => `(?:${alts.split(",").join("|")})`);
  return new RegExp(`^${re}$`);
}

type Filter = { scheme?: string; language?: string; pattern?: string };

/** Reports whether a document selector takes a document, as vscode.languages.match does. */
function match(selector: Filter | Filter[], doc: TextDocument): number {
  return ([] as Filter[]).concat(selector).some(
    (f) =>
      (!f.scheme || f.scheme === doc.uri.scheme) &&
      (!f.language || f.language === doc.languageId) &&
      (!f.pattern || glob(f.pattern).test(doc.uri.fsPath)),
  )
    ? 10
    : 0;
}

/** What a test sets and sees of the fake VS Code. */
export class FakeVSCode {
  /** The settings, by full name: farewell.path and the like. */
  readonly settings = new Map<string, unknown>();
  /** The documents open in the workspace. */
  readonly textDocuments: TextDocument[] = [];
  /** The diagnostics each collection holds, by document URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Fired whenever a document's diagnostics are set. */
  readonly diagnosticsChanged = new EventEmitter<string>();
  /** The lines written to output channels, and the error messages shown. */
  readonly log: string[] = [];
  readonly opened = new EventEmitter<TextDocument>();

  /** The vscode module: this fake's parts, and a stub for every other name. */
  module(): unknown {
    const config = (section?: string) => ({
      get: <T>(key: string, def?: T): T | undefined => {
        const name = section ? `${section}.${key}` : key;
        return this.settings.has(name) ? (this.settings.get(name) as T) : def;
      },
      has: (key: string) => this.settings.has(section ? `${section}.${key}` : key),
      update: async () => undefined,
    });
    const events = (): ((...args: unknown[]) => Disposable) => () => disposable();
    const known: Record<string, unknown> = {
      version: "1.82.0",
      Position, Range, Diagnostic, Uri, EventEmitter,
      Disposable: class {
        static from(...ds: Disposable[]): Disposable {
          return { dispose: () => ds.forEach((d) => d.dispose()) };
        }
        constructor(private readonly fn: () => void) {}
        dispose(): void {
          this.fn();
        }
      },
      CancellationTokenSource: class {
        token = { isCancellationRequested: false, onCancellationRequested: events() };
        cancel(): void {}
        dispose(): void {}
      },
      CancellationError: class extends Error {},
      DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
      DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
      workspace: new Proxy(
        {
          getConfiguration: config,
          textDocuments: this.textDocuments,
          workspaceFolders: undefined,
          onDidOpenTextDocument: this.opened.event,
          createFileSystemWatcher: () => new Proxy({ dispose: () => undefined }, { get: (o, p) => (p in o ? (o as never)[p] : events()) }),
        } as Record<string | symbol, unknown>,
        { get: (o, p) => (p in o ? o[p] : events()) },
      ),
      window: new Proxy(
        {
          activeTextEditor: undefined,
          visibleTextEditors: [],
          tabGroups: { all: [], onDidChangeTabs: events(), onDidChangeTabGroups: events() },
          createOutputChannel: (name: string) => ({
            name,
            append: (s: string) => this.log.push(s),
            appendLine: (s: string) => this.log.push(s),
            replace: () => undefined, clear: () => undefined, show: () => undefined, hide: () => undefined,
            dispose: () => undefined,
          }),
          showErrorMessage: async (m: string) => void this.log.push(`error: ${m}`),
          showWarningMessage: async (m: string) => void this.log.push(`warning: ${m}`),
          showInformationMessage: async (m: string) => void this.log.push(`info: ${m}`),
        } as Record<string | symbol, unknown>,
        { get: (o, p) => (p in o ? o[p] : events()) },
      ),
      languages: new Proxy(
        {
          match,
          createDiagnosticCollection: (name: string) => this.collection(name),
        } as Record<string | symbol, unknown>,
        { get: (o, p) => (p in o ? o[p] : events()) },
      ),
      commands: { registerCommand: events(), executeCommand: async () => undefined },
      env: { language: "en", appName: "fake VS Code", machineId: "test", openExternal: async () => true },
    };
    // Every other name is a class that can be constructed, extended, and read for members.
    const stub = (name: string): unknown =>
      new Proxy(class {}, { get: (o, p) => (p in o ? (o as never)[p] : typeof p === "string" ? `${name}.${p}` : undefined) });
    return new Proxy(known, { get: (o, p) => (p in o ? o[p as string] : typeof p === "string" ? stub(p) : undefined) });
  }

  private collection(name: string): unknown {
    const keyOf = (uri: Uri) => uri.toString();
    const entries = this.diagnostics;
    return {
      name,
      set: (uri: Uri | [Uri, Diagnostic[]][], diags?: Diagnostic[]) => {
        const pairs: [Uri, Diagnostic[] | undefined][] = Array.isArray(uri) ? uri : [[uri, diags]];
        for (const [u, d] of pairs) {
          entries.set(keyOf(u), [...(d ?? [])]);
          this.diagnosticsChanged.fire(keyOf(u));
        }
      },
      get: (uri: Uri) => entries.get(keyOf(uri)),
      has: (uri: Uri) => entries.has(keyOf(uri)),
      delete: (uri: Uri) => void entries.delete(keyOf(uri)),
      clear: () => entries.clear(),
      forEach: () => undefined,
      dispose: () => undefined,
    };
  }

  /** Makes require("vscode") return this fake, until the returned function is called. */
  install(): () => void {
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = mod._load;
    const fake = this.module();
    mod._load = function (request: string, ...rest: unknown[]) {
      return request === "vscode" ? fake : load.call(this, request, ...rest);
    };
    return () => {
      mod._load = load;
    };
  }
}
