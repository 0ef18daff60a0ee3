// One fresh database per integration run, built from the committed migrations and dropped at the end.
// Worker processes start after this runs, so they inherit DATABASE_URL.
import { createTestDatabase, dropTestDatabase } from "../../scripts/test-db.mjs";

export default async function setup() {
  const name = `tangent_it_${process.pid}_${Date.now().toString(36)}`;
  process.env.DATABASE_URL = await createTestDatabase(name);
  process.env.TANGENT_DATA_DIR = `.tangent/test-${process.pid}`;
  return async () => {
    if (!process.env.KEEP_TEST_DB) await dropTestDatabase(name);
  };
}
