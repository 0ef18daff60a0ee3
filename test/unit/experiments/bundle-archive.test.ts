import { gzipSync } from "node:zlib";
import { Header } from "tar";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { BUNDLE_LIMITS, BundleError, readBundle } from "@/lib/experiments/bundle-archive";

function zip(entries: { path: string; data?: string | Buffer; mode?: number; compress?: boolean }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) {
    z.addBuffer(Buffer.from(e.data ?? ""), e.path, { mode: e.mode ?? 0o100644, compress: e.compress ?? true });
  }
  z.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

/** A tar.gz built block by block, so tests can make entries a well-behaved tool would refuse to write. */
function tarGz(entries: { path: string; data?: string; type?: "File" | "SymbolicLink" | "Link" | "Directory" | "FIFO"; linkpath?: string }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? "");
    const h = new Header({ path: e.path, mode: 0o644, size: e.type && e.type !== "File" ? 0 : data.length, type: e.type ?? "File", linkpath: e.linkpath ?? "", mtime: new Date(0), uid: 0, gid: 0 });
    const block = Buffer.alloc(512);
    h.encode(block, 0);
    blocks.push(block);
    if (!e.type || e.type === "File") {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const manifest = '{"title":"t"}';

describe("readBundle", () => {
  it("reads a zip, hashes the archive, sorts files, and drops a single wrapping folder", async () => {
    const bytes = await zip([
      { path: "paper-code/tangent.experiment.json", data: manifest },
      { path: "paper-code/src/run.py", data: "print(1)" },
      { path: "paper-code/claimed.csv", data: "x,y\n1,2\n" },
    ]);
    const b = await readBundle(bytes);
    expect(b.format).toBe("zip");
    expect(b.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.files.map((f) => f.path)).toEqual(["claimed.csv", "src/run.py", "tangent.experiment.json"]);
    expect(b.files[2]!.data.toString()).toBe(manifest);
    expect((await readBundle(bytes)).hash).toBe(b.hash);
  });

  it("reads a tar.gz", async () => {
    const b = await readBundle(tarGz([{ path: "tangent.experiment.json", data: manifest }, { path: "data", type: "Directory" }, { path: "data/a.csv", data: "x,y\n" }]));
    expect(b.format).toBe("tar.gz");
    expect(b.files.map((f) => f.path)).toEqual(["data/a.csv", "tangent.experiment.json"]);
  });

  it.each([
    ["../evil.sh", /Refused entry.*(inside the bundle|"\.\." segment)/],
    ["/etc/passwd", /Refused entry.*absolute/],
    ["a/../../x", /Refused entry.*(inside the bundle|"\.\." segment)/],
  ])("refuses path traversal in zip entries: %s", async (p, msg) => {
    // zip writers refuse such names, so write a same-length placeholder and patch the bytes.
    const placeholder = "q".repeat(p.length);
    const bytes = Buffer.from((await zip([{ path: placeholder, data: "x" }])).toString("latin1").split(placeholder).join(p), "latin1");
    await expect(readBundle(bytes)).rejects.toThrow(msg);
  });

  it("refuses path traversal in tar entries", async () => {
    await expect(readBundle(tarGz([{ path: "../../root/.ssh/authorized_keys", data: "k" }]))).rejects.toThrow(/"\.\." segment/);
  });

  it("refuses symbolic and hard links", async () => {
    await expect(readBundle(tarGz([{ path: "link", type: "SymbolicLink", linkpath: "/etc/passwd" }]))).rejects.toThrow(/links are not allowed/);
    await expect(readBundle(tarGz([{ path: "a", data: "x" }, { path: "hard", type: "Link", linkpath: "a" }]))).rejects.toThrow(/links are not allowed/);
    await expect(readBundle(await zip([{ path: "link", data: "/etc/passwd", mode: 0o120777 }]))).rejects.toThrow(/symbolic links/);
  });

  it("refuses devices and FIFOs", async () => {
    await expect(readBundle(tarGz([{ path: "pipe", type: "FIFO" }]))).rejects.toThrow(/only regular files/);
  });

  it("refuses an archive bomb by the bytes actually decompressed", async () => {
    const bomb = await zip([{ path: "zeros.bin", data: Buffer.alloc(40 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(readBundle(bomb)).rejects.toThrow(/expands more than 100×.*possible archive bomb/);
    await expect(readBundle(bomb, { ...BUNDLE_LIMITS, ratio: 1e9, unpackedBytes: 20 * 1024 * 1024 })).rejects.toThrow(/unpacks to more than 20 MB/);
  });

  it("refuses too many files, duplicates, empty and unknown formats", async () => {
    const many = await zip(Array.from({ length: 12 }, (_, i) => ({ path: `f${i}.txt`, data: "x" })));
    await expect(readBundle(many, { ...BUNDLE_LIMITS, files: 10 })).rejects.toThrow(/more than 10 files/);
    await expect(readBundle(tarGz([{ path: "a", data: "1" }, { path: "a", data: "2" }]))).rejects.toThrow(/appears twice/);
    await expect(readBundle(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(readBundle(Buffer.from("just text"))).rejects.toThrow(/\.zip or \.tar\.gz/);
    await expect(readBundle(Buffer.from([0x1f, 0x8b, 1, 2, 3]))).rejects.toBeInstanceOf(BundleError);
  });

  it("refuses an archive over the size limit before reading it", async () => {
    const bytes = await zip([{ path: "a.bin", data: Buffer.alloc(2048, 7), compress: false }]);
    await expect(readBundle(bytes, { ...BUNDLE_LIMITS, archiveBytes: 1024 })).rejects.toThrow(/the limit is/);
  });
});
