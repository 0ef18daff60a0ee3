import { describe, expect, it } from "vitest";
import { LogTail } from "@/lib/experiments/log-tail";
import { LineSplitter, parseProgressLine } from "@/lib/runner/executors/line-protocol";
import { classifyFailure } from "@/lib/runner/executors/process-executor";

describe("progress line protocol", () => {
  it("reads fractions and clamps them; anything else is a log line", () => {
    expect(parseProgressLine("progress 0.42")).toBe(0.42);
    expect(parseProgressLine("  progress 1e-1 ")).toBe(0.1);
    expect(parseProgressLine("progress 7")).toBe(1);
    expect(parseProgressLine("progress: 0.4")).toBeNull();
    expect(parseProgressLine("in progress 0.4")).toBeNull();
    expect(parseProgressLine("progress NaN")).toBeNull();
  });

  it("splits chunks into lines across chunk boundaries and flushes the last partial line", () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push("a\r\nb");
    s.push("c\nd");
    expect(lines).toEqual(["a", "bc"]);
    s.flush();
    expect(lines).toEqual(["a", "bc", "d"]);
  });

  it("keeps the end of a long log and says how much was dropped", () => {
    const log = new LogTail("", 20);
    for (let i = 0; i < 10; i++) log.append(`line ${i}`, "stdout");
    const text = log.toString();
    expect(text).toMatch(/earlier characters of log dropped/);
    expect(text.endsWith("line 9\n")).toBe(true);
  });

  it("names the limit a failed script hit from its last error lines", () => {
    const limits = { cpuSeconds: 1, wallSeconds: 1, memoryMb: 256, outputMb: 4, processes: 1 };
    expect(classifyFailure("numpy.core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB", limits)?.reason).toBe("memory-limit");
    expect(classifyFailure("ValueError: bad shape", limits)).toBeNull();
    expect(classifyFailure("MemoryError", limits)?.reason).toBe("memory-limit");
    expect(classifyFailure("BlockingIOError: [Errno 11] Resource temporarily unavailable", limits)?.reason).toBe("process-limit");
    expect(classifyFailure("OSError: [Errno 101] Network is unreachable", limits)?.hint).toMatch(/network/);
    expect(classifyFailure("Error: EFBIG: file too large, write", limits)?.reason).toBe("output-limit");
  });
});
