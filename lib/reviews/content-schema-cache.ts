// Building a review's zod schema from its form costs milliseconds (a fresh schema per field, per theorem), while
// parsing with a built one costs microseconds. Autosave validates on every keystroke pause, so the built schema
// is kept per (exact form fields, theorem list, mode). Keyed by the stored fields' JSON rather than the form id,
// because a form version may still be edited in place before reviewing opens. Pure: no database, no Next.
import { formFieldsSchema, reviewContentSchema, type ContentContext, type FormField, type Mode } from "./form-schema";

const MAX_ENTRIES = 1_000;
const built = new Map<string, { fields: FormField[]; schema: ReturnType<typeof reviewContentSchema> }>();

/** The parsed fields of a stored form and its content schema for these theorems and mode (built once). */
export function contentSchemaFor(storedFields: unknown, ctx: ContentContext, mode: Mode) {
  const key = `${mode}\u0000${ctx.theorems.map((t) => `${t.id}\u0001${t.label}`).join("\u0002")}\u0000${JSON.stringify(storedFields)}`;
  let hit = built.get(key);
  if (!hit) {
    const fields = formFieldsSchema.parse(storedFields);
    hit = { fields, schema: reviewContentSchema(fields, ctx, mode) };
    // Oldest first out: Map keeps insertion order.
    if (built.size >= MAX_ENTRIES) built.delete(built.keys().next().value!);
    built.set(key, hit);
  }
  return hit;
}
