import { pingDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await pingDatabase();
  return Response.json(up ? { status: "ok", db: "ok" } : { status: "error", db: "down" }, {
    status: up ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
