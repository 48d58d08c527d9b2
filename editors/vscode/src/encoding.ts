// Byte columns for farewell lsp, UTF-16 columns for VS Code. With the utf-8 position encoding,
// the extension offers farewell lsp byte columns and converts every position of the messages
// between them, keeping a copy of each open document's lines to count with. VS Code's client
// speaks UTF-16 only, so the server is told nothing else happens.

/** A position as the Language Server Protocol writes it. */
export interface Position {
  line: number;
  character: number;
}

/** Returns the UTF-8 byte count of the first `units` UTF-16 code units of `line`. */
export function toBytes(line: string, units: number): number {
  return Buffer.byteLength(line.slice(0, Math.min(units, line.length)), "utf8") + Math.max(0, units - line.length);
}

/** Returns the UTF-16 code units of the first `bytes` UTF-8 bytes of `line`. */
export function toUnits(line: string, bytes: number): number {
  let seen = 0;
  let i = 0;
  while (i < line.length && seen < bytes) {
    const cp = line.codePointAt(i) ?? 0;
    seen += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i + Math.max(0, bytes - seen);
}

/** Calls `fn` on every object of `value` shaped as a position, depth first. */
export function eachPosition(value: unknown, fn: (p: Position) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v) => eachPosition(v, fn));
  } else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.line === "number" && typeof o.character === "number") {
      fn(o as unknown as Position);
      return;
    }
    Object.values(o).forEach((v) => eachPosition(v, fn));
  }
}

/** The lines of the open documents, kept in step with the changes sent to the server. */
export class Documents {
  private readonly lines = new Map<string, string[]>();

  open(uri: string, text: string): void {
    this.lines.set(uri, text.split(/\r\n|\r|\n/));
  }

  close(uri: string): void {
    this.lines.delete(uri);
  }

  /** Converts the positions of `value`, which belong to document `uri`, to bytes or units. */
  convert(uri: string, value: unknown, to: "bytes" | "units"): void {
    const lines = this.lines.get(uri);
    if (!lines) {
      return;
    }
    eachPosition(value, (p) => {
      const line = lines[p.line] ?? "";
      p.character = to === "bytes" ? toBytes(line, p.character) : toUnits(line, p.character);
    });
  }

  /** Applies one change whose range is in UTF-16 units, and converts the range to bytes. */
  change(uri: string, change: { range?: { start: Position; end: Position }; text: string }): void {
    const lines = this.lines.get(uri);
    if (!lines || !change.range) {
      this.open(uri, change.text);
      return;
    }
    const { start, end } = change.range;
    const head = (lines[start.line] ?? "").slice(0, start.character);
    const tail = (lines[end.line] ?? "").slice(end.character);
    const added = (head + change.text + tail).split(/\r\n|\r|\n/);
    this.convert(uri, change.range, "bytes");
    lines.splice(start.line, end.line - start.line + 1, ...added);
  }
}

/** A JSON-RPC message, as far as the conversion reads it. */
export interface Message {
  id?: number | string | null;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Converts the messages between VS Code's client and a server speaking in bytes. */
export class Converter {
  private readonly docs = new Documents();
  private readonly pending = new Map<number | string, string>(); // request id: its document

  /** Converts a message on its way to the server. */
  toServer(m: Message): Message {
    const p = m.params;
    switch (m.method) {
      case "initialize":
        p.capabilities.general = { ...(p.capabilities.general ?? {}), positionEncodings: ["utf-8", "utf-16"] };
        if (m.id !== undefined && m.id !== null) {
          this.pending.set(m.id, "");
        }
        return m;
      case "textDocument/didOpen":
        this.docs.open(p.textDocument.uri, p.textDocument.text);
        return m;
      case "textDocument/didChange":
        for (const c of p.contentChanges) {
          this.docs.change(p.textDocument.uri, c);
        }
        return m;
      case "textDocument/didClose":
        this.docs.close(p.textDocument.uri);
        return m;
    }
    const uri = p?.textDocument?.uri;
    if (typeof uri === "string") {
      this.docs.convert(uri, p, "bytes");
      if (m.id !== undefined && m.id !== null) {
        this.pending.set(m.id, uri);
      }
    }
    return m;
  }

  /** Converts a message on its way from the server. */
  fromServer(m: Message): Message {
    if (m.method === "textDocument/publishDiagnostics") {
      this.docs.convert(m.params.uri, m.params.diagnostics, "units");
    } else if (m.method === undefined && m.id !== undefined && m.id !== null && this.pending.has(m.id)) {
      const uri = this.pending.get(m.id) as string;
      this.pending.delete(m.id);
      if (uri === "") {
        // The answer to initialize: the client accepts UTF-16 only, which it now gets.
        if (m.result?.capabilities) {
          m.result.capabilities.positionEncoding = "utf-16";
        }
      } else {
        this.docs.convert(uri, m.result, "units");
      }
    }
    return m;
  }
}
