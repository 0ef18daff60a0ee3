// npm run bench:reviews [-- --reviewers 200 --seconds 60 --warmup 10 --think-ms 1000 --stale-every 25 --port 3590 --keep]
//                       [-- --base-url http://localhost:3000 --database-url postgresql://…]
//
// Review autosave under load, against a running production build:
//   • With no --base-url (or BASE_URL), it starts its own: a fresh database `tangent_bench_<pid>` on the local
//     PostgreSQL (from the migrations), `next start` on --port from the build in NEXT_DIST_DIR (default .next;
//     build first with `npm run build`), and drops both at the end.
//   • With --base-url it uses that server; --database-url (or DATABASE_URL) must be the server's database.
// It creates a venue in REVIEWING with the default form, N reviewers each assigned their own paper (directly in
// the database), signs each in through Auth.js's credentials endpoint, then runs N simulated reviewers at once
// for --seconds: each autosaves a draft every ~think-ms (±50%) by POSTing the very request the review page's
// autosave sends (JSON to /venues/<slug>/reviewer/papers/<n>/draft), naming the version it last saved. Every
// --stale-every-th save is sent as a stale second tab (an older version): it must be refused. At the end every
// draft is read back from the database and compared with the reviewer's last acknowledged save.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { defaultDltForm } from "@/lib/reviews/form-schema";
import { createTestDatabase, dropTestDatabase } from "./test-db.mjs";

const argv = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const REVIEWERS = Number(arg("reviewers", "200"));
const SECONDS = Number(arg("seconds", "60"));
// A freshly started server compiles its route modules, fills its connection pool and runs cold (unoptimised)
// code for its first seconds: the reviewers save as usual during the warm-up, checked like every other save, but
// its latencies and CPU are reported apart from the measured run.
const WARMUP = Number(arg("warmup", "10"));
const THINK_MS = Number(arg("think-ms", "1000"));
const STALE_EVERY = Number(arg("stale-every", "25"));
const PORT = arg("port", "3590")!;
const KEEP = argv.includes("--keep");
const DIST = process.env.NEXT_DIST_DIR || ".next";
const PASSWORD = "bench-password-0000";
const root = path.resolve(import.meta.dirname, "..");

interface Result {
  ok: boolean;
  reason?: string;
  version?: number;
  message?: string;
}

// ───────────── the server ─────────────

async function waitForHealth(base: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not answer /api/health within ${ms / 1000} s`);
}

async function startServer(): Promise<{ base: string; databaseUrl: string; pid: number; stop: () => Promise<void> }> {
  if (!existsSync(path.join(root, DIST, "BUILD_ID"))) throw new Error(`No production build in ${DIST}: build first (npm run build), or set NEXT_DIST_DIR.`);
  const database = `tangent_bench_${process.pid}`;
  const databaseUrl = await createTestDatabase(database);
  const base = `http://localhost:${PORT}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    DATABASE_URL: databaseUrl,
    TANGENT_DATA_DIR: path.join(root, ".tangent", database),
    APP_URL: base,
    AUTH_URL: base,
    AUTH_SECRET: "bench-only-secret-not-for-production-0000000",
  };
  // The production server `npm start` runs: WEB_CONCURRENCY processes (default: the CPUs, at most 4).
  const server: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "--port", PORT, "--hostname", "localhost"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  await waitForHealth(base, 120_000);
  return {
    base,
    databaseUrl,
    pid: server.pid!,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      if (!KEEP) await dropTestDatabase(database);
    },
  };
}

/** The machine's busy and total CPU seconds so far, over all cores (Linux /proc/stat; null elsewhere). */
function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    const ticks = fields.slice(0, 8).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: (total - ticks[3]! - ticks[4]!) / 100, total: total / 100 };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) used so far by a process and its descendants (Linux /proc; null elsewhere). */
function treeCpuSeconds(rootPid: number): number | null {
  try {
    const ticks = 100; // USER_HZ on Linux
    const stats = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .flatMap((d) => {
        try {
          const fields = readFileSync(`/proc/${d}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
          return [{ pid: Number(d), ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) }];
        } catch {
          return [];
        }
      });
    const inTree = new Set([rootPid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const st of stats) {
        if (inTree.has(st.pid) || !inTree.has(st.ppid)) continue;
        inTree.add(st.pid);
        grew = true;
      }
    }
    return stats.filter((st) => inTree.has(st.pid)).reduce((sum, st) => sum + st.cpu, 0) / ticks;
  } catch {
    return null;
  }
}

// ───────────── setup, directly in the database ─────────────

interface BenchReviewer {
  email: string;
  number: number;
  theoremId: string;
  userId: string;
}

async function setup(client: pg.Client, n: number) {
  const tag = randomUUID().slice(0, 8);
  const venueId = randomUUID();
  const slug = `bench-${tag}`;
  const passwordHash = await hashPassword(PASSWORD);
  const due = new Date(Date.now() + 7 * 86_400_000);
  await client.query("BEGIN");
  await client.query(`INSERT INTO "Venue" (id, slug, name, "shortName", phase, "reviewDeadline", "updatedAt") VALUES ($1, $2, $3, $4, 'REVIEWING', $5, now())`, [venueId, slug, `Autosave bench ${tag}`, `B${tag}`, due]);
  await client.query(`INSERT INTO "ReviewForm" (id, "venueId", version, fields) VALUES ($1, $2, 1, $3)`, [randomUUID(), venueId, JSON.stringify(defaultDltForm.fields)]);
  const reviewers: BenchReviewer[] = [];
  for (let i = 0; i < n; i++) {
    const r = { email: `bench-${tag}-${i}@example.test`, number: i + 1, theoremId: randomUUID(), userId: randomUUID() };
    const submissionId = randomUUID();
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [r.userId, r.email, `Bench reviewer ${i}`, passwordHash]);
    await client.query(`INSERT INTO "Membership" (id, "venueId", "userId", role) VALUES ($1, $2, $3, 'REVIEWER')`, [randomUUID(), venueId, r.userId]);
    await client.query(`INSERT INTO "Submission" (id, "venueId", number, title, abstract, keywords, "updatedAt") VALUES ($1, $2, $3, $4, 'Bench abstract.', '{bench}', now())`, [submissionId, venueId, r.number, `Bench paper ${i}`]);
    await client.query(`INSERT INTO "Theorem" (id, "submissionId", label, statement, position, assumptions, "updatedAt") VALUES ($1, $2, 'Theorem 1', 'GD converges.', 0, '{}', now())`, [r.theoremId, submissionId]);
    await client.query(`INSERT INTO "Assignment" (id, "venueId", "submissionId", "userId") VALUES ($1, $2, $3, $4)`, [randomUUID(), venueId, submissionId, r.userId]);
    reviewers.push(r);
  }
  await client.query("COMMIT");
  return { venueId, slug, reviewers, tag };
}

async function cleanup(client: pg.Client, venueId: string, tag: string) {
  await client.query(`DELETE FROM "Venue" WHERE id = $1`, [venueId]);
  await client.query(`DELETE FROM "User" WHERE email LIKE $1`, [`bench-${tag}-%@example.test`]);
}

// ───────────── signing in, through Auth.js ─────────────

function cookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf.headers.getSetCookie()) },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: base }),
  });
  const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`Sign-in of ${email} failed (HTTP ${res.status})`);
  return cookieHeader([session]);
}

// ───────────── the simulated reviewers ─────────────

function draft(r: BenchReviewer, k: number, stale = false) {
  const filler = "The width requirement m ≥ poly(n) is far from practice; the step size is infinitesimal. ".repeat(4);
  return {
    summary: `${stale ? "STALE TAB " : ""}Reviewer ${r.number}, save ${k}. ${filler}`,
    strengths: `Clean proof (save ${k}).`,
    soundness: (k % 4) + 1,
    theorems: { [r.theoremId]: { restrictiveness: (k % 4) + 1, comment: `Save ${k}` } },
  };
}

/** Key order as PostgreSQL's jsonb stores it differs from ours: compare canonical forms. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const given = arg("base-url", process.env.BASE_URL);
  const server = given ? null : await startServer();
  const base = given ?? server!.base;
  const databaseUrl = given ? (arg("database-url", process.env.DATABASE_URL) ?? "") : server!.databaseUrl;
  if (!databaseUrl) throw new Error("With --base-url, give the server's database as --database-url or DATABASE_URL.");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  console.log(`bench:reviews — ${REVIEWERS} reviewers × ${SECONDS} s (after ${WARMUP} s of warm-up) against ${base} (think ${THINK_MS} ms ±50%, every ${STALE_EVERY}th save from a stale tab)`);

  const { venueId, slug, reviewers, tag } = await setup(client, REVIEWERS);
  try {
    const t0 = performance.now();
    const cookies: string[] = new Array(reviewers.length);
    for (let i = 0; i < reviewers.length; i += 8) {
      await Promise.all(reviewers.slice(i, i + 8).map(async (r, j) => (cookies[i + j] = await signIn(base, r.email))));
    }
    console.log(`signed in ${reviewers.length} reviewers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const latencies: number[] = [];
    // Per 10-second window of the run, to tell a cold start from a steady queue.
    const windows: number[][] = [];
    let responseBytes = 0;
    const counts = { saves: 0, refusedStale: 0, staleAccepted: 0, unexpectedStale: 0, otherRefusals: 0, errors: 0 };
    const state = reviewers.map(() => ({ version: 0, acked: null as object | null, uncertain: [] as object[] }));
    const end = Date.now() + (WARMUP + SECONDS) * 1000;
    const runStart = performance.now() + WARMUP * 1000;
    const warmupLatencies: number[] = [];
    // The simulated reviewers and PostgreSQL share the machine with the server (and so may other work): say how much.
    const before = { server: null as number | null, machine: null as ReturnType<typeof machineCpuSeconds>, client: process.cpuUsage() };
    const startMeasuring = () => {
      before.server = server ? treeCpuSeconds(server.pid) : null;
      before.machine = machineCpuSeconds();
      before.client = process.cpuUsage();
    };
    const measuring = setTimeout(startMeasuring, WARMUP * 1000);
    if (WARMUP === 0) startMeasuring();

    const call = async (i: number, baseVersion: number, content: object): Promise<Result | null> => {
      const r = reviewers[i]!;
      const started = performance.now();
      try {
        const res = await fetch(`${base}/venues/${slug}/reviewer/papers/${r.number}/draft`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: base, cookie: cookies[i]! },
          body: JSON.stringify({ formVersion: 1, baseVersion, content }),
        });
        const text = await res.text();
        const ms = performance.now() - started;
        if (started < runStart) warmupLatencies.push(ms);
        else {
          latencies.push(ms);
          (windows[Math.floor((started - runStart) / 10_000)] ??= []).push(ms);
        }
        responseBytes += text.length;
        if (process.env.BENCH_DEBUG && latencies.length === 1) console.log(res.status, text.slice(0, 600));
        return res.ok ? (JSON.parse(text) as Result) : null;
      } catch {
        return null;
      }
    };

    await Promise.all(
      reviewers.map(async (_r, i) => {
        const s = state[i]!;
        // Stagger the start so the reviewers do not all save in the same millisecond.
        await new Promise((res) => setTimeout(res, Math.random() * THINK_MS));
        for (let k = 1; Date.now() < end; k++) {
          if (STALE_EVERY > 0 && k % STALE_EVERY === 0 && s.version > 0) {
            const result = await call(i, s.version - 1, draft(reviewers[i]!, k, true));
            if (result?.ok) counts.staleAccepted++;
            else if (result?.reason === "stale") counts.refusedStale++;
            else counts.errors++;
          } else {
            const content = draft(reviewers[i]!, k);
            const result = await call(i, s.version, content);
            if (result?.ok) {
              counts.saves++;
              s.version = result.version!;
              s.acked = content;
              s.uncertain = [];
            } else if (result?.reason === "stale") counts.unexpectedStale++;
            else if (result) counts.otherRefusals++;
            else {
              // No answer: the save may or may not have landed; the next save from this version tells.
              counts.errors++;
              s.uncertain.push(content);
            }
          }
          await new Promise((res) => setTimeout(res, THINK_MS * (0.5 + Math.random())));
        }
      }),
    );

    clearTimeout(measuring);
    const { server: cpuBefore, machine: machineBefore, client: clientBefore } = before;
    const cpuAfter = server ? treeCpuSeconds(server.pid) : null;
    const machineAfter = machineCpuSeconds();
    const benchCpu = process.cpuUsage(clientBefore);
    // Read every draft back.
    const rows = await client.query<{ reviewerId: string; version: number; content: unknown }>(
      `SELECT r."reviewerId", r.version, r.content FROM "Review" r JOIN "Submission" s ON s.id = r."submissionId" WHERE s."venueId" = $1`,
      [venueId],
    );
    const stored = new Map(rows.rows.map((row) => [row.reviewerId, row]));
    let lost = 0;
    let overwritten = 0;
    reviewers.forEach((r, i) => {
      const s = state[i]!;
      const row = stored.get(r.userId);
      if (!s.acked) return;
      if (!row) return void lost++;
      const okContent = [s.acked, ...s.uncertain].some((c) => canonical(c) === canonical(row.content));
      if (JSON.stringify(row.content).includes("STALE TAB")) overwritten++;
      else if (!okContent || (s.uncertain.length === 0 && row.version !== s.version)) lost++;
    });

    latencies.sort((a, b) => a - b);
    const total = latencies.length;
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log("");
    console.log(`requests            ${total} in ${SECONDS} s (${(total / SECONDS).toFixed(0)}/s)`);
    const byWindow = windows.map((w, k) => {
      w.sort((a, b) => a - b);
      return `${k * 10}–${k * 10 + 10} s: p50 ${fmt(percentile(w, 50))} p95 ${fmt(percentile(w, 95))} (${w.length})`;
    });
    warmupLatencies.sort((a, b) => a - b);
    if (WARMUP > 0) console.log(`warm-up (${WARMUP} s)      ${warmupLatencies.length} saves, p50 ${fmt(percentile(warmupLatencies, 50))} · p95 ${fmt(percentile(warmupLatencies, 95))} (not counted below)`);
    console.log(`per window          ${byWindow.join(" · ")}`);
    console.log(`save latency        p50 ${fmt(percentile(latencies, 50))} · p95 ${fmt(percentile(latencies, 95))} · p99 ${fmt(percentile(latencies, 99))} · max ${fmt(latencies.at(-1) ?? NaN)}`);
    console.log(`response size       ${(responseBytes / Math.max(1, total)).toFixed(0)} bytes on average`);
    if (cpuBefore !== null && cpuAfter !== null) {
      console.log(`server CPU          ${(cpuAfter - cpuBefore).toFixed(1)} s for ${total} requests: ${((1000 * (cpuAfter - cpuBefore)) / Math.max(1, total)).toFixed(1)} ms per save (load average now ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]})`);
    }
    console.log(`bench client CPU    ${((benchCpu.user + benchCpu.system) / 1e6).toFixed(1)} s (${((benchCpu.user + benchCpu.system) / 1000 / Math.max(1, total)).toFixed(1)} ms per request)`);
    if (machineBefore && machineAfter) {
      const busy = machineAfter.busy - machineBefore.busy;
      const cores = (machineAfter.total - machineBefore.total) / SECONDS;
      console.log(`machine CPU         ${((100 * busy) / (machineAfter.total - machineBefore.total)).toFixed(0)}% busy over ${cores.toFixed(0)} cores during the run (server, PostgreSQL, this client and anything else running)`);
    }
    console.log(`saves acknowledged  ${counts.saves}`);
    console.log(`stale refused       ${counts.refusedStale} (of the deliberate stale-tab saves; accepted: ${counts.staleAccepted})`);
    console.log(`unexpected refusals ${counts.unexpectedStale} stale · ${counts.otherRefusals} other`);
    console.log(`errors              ${counts.errors}`);
    console.log(`read back           ${rows.rowCount} drafts for ${state.filter((s) => s.acked).length} reviewers with an acknowledged save: ${lost} lost, ${overwritten} overwritten by a stale tab`);
    const failed = lost + overwritten + counts.staleAccepted > 0;
    console.log(failed ? "FAIL: a draft was lost or overwritten" : "OK: every reviewer's stored draft is their last acknowledged save");
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (!KEEP) await cleanup(client, venueId, tag).catch(() => undefined);
    await client.end();
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
