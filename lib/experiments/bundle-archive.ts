// Reads an uploaded experiment bundle (zip or tar.gz) into memory, refusing anything that could escape the
// bundle or exhaust the server: path traversal, absolute paths, links, devices, too many files, archive bombs.
// Sizes are counted on the bytes actually decompressed, never trusted from headers.

import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Parser as TarParser, type ReadEntry } from "tar";
import yauzl from "yauzl";
import { bundlePathProblem } from "./manifest";

export const BUNDLE_LIMITS = {
  archiveBytes: 50 * 1024 * 1024,
  unpackedBytes: 200 * 1024 * 1024,
  fileBytes: 100 * 1024 * 1024,
  files: 1000,
  /** Unpacked / archive size; real code and data compress 3–10×, bombs by thousands. */
  ratio: 100,
  pathLength: 300,
} as const;
export type BundleLimits = { [K in keyof typeof BUNDLE_LIMITS]: number };

export type BundleFormat = "zip" | "tar.gz";

export interface BundleFile {
  path: string;
  data: Buffer;
}

export interface ReadBundle {
  hash: string;
  format: BundleFormat;
  archiveBytes: number;
  unpackedBytes: number;
  /** Regular files, sorted by path; a single top-level folder wrapping everything is removed. */
  files: BundleFile[];
}

export class BundleError extends Error {
  override readonly name = "BundleError";
}

const MB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export function sniffFormat(bytes: Buffer): BundleFormat | null {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return "zip";
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x06054b50) return "zip"; // empty zip
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "tar.gz";
  return null;
}

class Budget {
  unpacked = 0;
  count = 0;
  readonly files: BundleFile[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly limits: BundleLimits,
    private readonly archiveBytes: number,
  ) {}

  checkPath(raw: string): string {
    const p = raw.replace(/^\.\//, "");
    if (p.length > this.limits.pathLength) throw new BundleError(`"${p.slice(0, 60)}…" is longer than ${this.limits.pathLength} characters`);
    const problem = bundlePathProblem(p.replace(/\/$/, ""));
    if (problem) throw new BundleError(`Refused entry: ${problem}`);
    return p;
  }

  startFile(p: string): void {
    if (++this.count > this.limits.files) throw new BundleError(`The archive has more than ${this.limits.files} files`);
    if (this.seen.has(p)) throw new BundleError(`"${p}" appears twice in the archive`);
    this.seen.add(p);
  }

  /** Called for every decompressed chunk, so a bomb is stopped after at most one chunk past the limit. */
  add(p: string, fileSoFar: number, chunk: number): void {
    this.unpacked += chunk;
    if (fileSoFar > this.limits.fileBytes) throw new BundleError(`"${p}" unpacks to more than ${MB(this.limits.fileBytes)}`);
    if (this.unpacked > this.limits.unpackedBytes) throw new BundleError(`The archive unpacks to more than ${MB(this.limits.unpackedBytes)}`);
    const ratioLimit = Math.max(this.limits.ratio * this.archiveBytes, 10 * 1024 * 1024);
    if (this.unpacked > ratioLimit) {
      throw new BundleError(`The archive expands more than ${this.limits.ratio}× (${MB(this.archiveBytes)} → over ${MB(this.unpacked)}): refused as a possible archive bomb`);
    }
  }
}

async function collect(stream: Readable, p: string, budget: Budget): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    budget.add(p, size, b.length);
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

function readZip(bytes: Buffer, budget: Budget): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(new BundleError(`Not a readable zip archive: ${err?.message ?? "unknown error"}`));
      const fail = (e: unknown) => {
        zip.close();
        const message = (e as Error).message;
        // yauzl validates names itself and reports "invalid relative path: ../x" / "absolute path: /x".
        if (/relative path|absolute path/.test(message)) reject(new BundleError(`Refused entry: ${message}; paths must stay inside the bundle`));
        else reject(e instanceof BundleError ? e : new BundleError(`Corrupt zip archive: ${message}`));
      };
      zip.on("error", fail);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        try {
          const p = budget.checkPath(entry.fileName);
          const unixMode = (entry.externalFileAttributes >>> 16) & 0o170000;
          if (p.endsWith("/")) return zip.readEntry();
          if (unixMode === 0o120000) throw new BundleError(`Refused entry "${p}": symbolic links are not allowed`);
          if (unixMode !== 0 && unixMode !== 0o100000) throw new BundleError(`Refused entry "${p}": only regular files are allowed`);
          if (entry.isEncrypted()) throw new BundleError(`Refused entry "${p}": encrypted entries are not supported`);
          budget.startFile(p);
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) return fail(e ?? new Error("no stream"));
            collect(stream, p, budget).then(
              (data) => {
                budget.files.push({ path: p, data });
                zip.readEntry();
              },
              (error: unknown) => {
                stream.destroy();
                fail(error);
              },
            );
          });
        } catch (e) {
          fail(e);
        }
      });
      zip.readEntry();
    });
  });
}

async function readTarGz(bytes: Buffer, budget: Budget): Promise<void> {
  let failure: unknown = null;
  const pending: Promise<void>[] = [];
  const parser = new TarParser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      if (failure) return entry.resume();
      try {
        const p = budget.checkPath(entry.path);
        if (entry.type === "Directory") return entry.resume();
        if (entry.type === "SymbolicLink" || entry.type === "Link") throw new BundleError(`Refused entry "${p}": links are not allowed`);
        if (entry.type !== "File" && entry.type !== "OldFile" && entry.type !== "ContiguousFile") {
          throw new BundleError(`Refused entry "${p}": only regular files are allowed (found ${entry.type})`);
        }
        budget.startFile(p);
        pending.push(
          collect(entry as unknown as Readable, p, budget).then(
            (data) => void budget.files.push({ path: p, data }),
            (e: unknown) => {
              failure ??= e;
            },
          ),
        );
      } catch (e) {
        failure ??= e;
        entry.resume();
      }
    },
  });
  parser.on("warn", (code: string, message: string) => {
    failure ??= new BundleError(`Corrupt tar.gz archive: ${message} (${code})`);
  });
  try {
    await pipeline(Readable.from([bytes]), parser);
  } catch (e) {
    failure ??= new BundleError(`Not a readable tar.gz archive: ${(e as Error).message}`);
  }
  await Promise.all(pending);
  if (failure) throw failure instanceof BundleError ? failure : new BundleError(String((failure as Error).message ?? failure));
}

/** If every file sits under one top-level folder, drop it, so "paper-code/tangent.experiment.json" works. */
function stripCommonFolder(files: BundleFile[]): BundleFile[] {
  if (files.length === 0) return files;
  const first = files[0]!.path.split("/")[0]!;
  if (!files.every((f) => f.path.startsWith(`${first}/`))) return files;
  return files.map((f) => ({ path: f.path.slice(first.length + 1), data: f.data }));
}

export async function readBundle(bytes: Buffer, limits: BundleLimits = BUNDLE_LIMITS): Promise<ReadBundle> {
  if (bytes.length === 0) throw new BundleError("The uploaded file is empty");
  if (bytes.length > limits.archiveBytes) throw new BundleError(`The archive is ${MB(bytes.length)}; the limit is ${MB(limits.archiveBytes)}`);
  const format = sniffFormat(bytes);
  if (!format) throw new BundleError("Upload a .zip or .tar.gz archive (this file is neither)");
  const budget = new Budget(limits, bytes.length);
  await (format === "zip" ? readZip(bytes, budget) : readTarGz(bytes, budget));
  if (budget.files.length === 0) throw new BundleError("The archive contains no files");
  const files = stripCommonFolder(budget.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    hash: createHash("sha256").update(bytes).digest("hex"),
    format,
    archiveBytes: bytes.length,
    unpackedBytes: budget.unpacked,
    files,
  };
}
