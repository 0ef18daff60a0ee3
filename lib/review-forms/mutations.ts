import "server-only";
import { db } from "@/lib/db/client";
import type { FormField } from "@/lib/reviews/form-schema";
import { editsInPlace, formToken } from "./rules";

export type FormWriteOutcome = { ok: true; version: number; inPlace: boolean; token: string } | { ok: false; stale: true };

/**
 * Save a venue's review form. The venue row is locked, so two chairs' saves serialise; a save whose token no
 * longer matches the current version (someone saved in between) changes nothing. Whether the edit updates the
 * current version in place or creates the next one is decided here, inside the lock, from the phase and from
 * whether any review uses the current version.
 */
export async function writeReviewForm(args: { venueId: string; actorId: string; baseToken: string; fields: FormField[] }): Promise<FormWriteOutcome> {
  return db.$transaction(async (tx) => {
    const [venue] = await tx.$queryRaw<{ phase: string }[]>`SELECT phase::text AS phase FROM "Venue" WHERE id = ${args.venueId} FOR UPDATE`;
    const current = await tx.reviewForm.findFirst({
      where: { venueId: args.venueId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, fields: true, _count: { select: { reviews: true } } },
    });
    if (!venue || formToken(current) !== args.baseToken) return { ok: false as const, stale: true as const };
    const fields = args.fields as unknown as object[];
    const inPlace = current !== null && editsInPlace(venue.phase, current._count.reviews);
    const saved = inPlace
      ? await tx.reviewForm.update({ where: { id: current.id }, data: { fields, createdById: args.actorId }, select: { version: true, fields: true } })
      : await tx.reviewForm.create({ data: { venueId: args.venueId, version: (current?.version ?? 0) + 1, fields, createdById: args.actorId }, select: { version: true, fields: true } });
    await tx.auditLog.create({
      data: { venueId: args.venueId, actorId: args.actorId, action: inPlace ? "review-form.edit" : "review-form.new-version", entityType: "ReviewForm", entityId: `${args.venueId}:${saved.version}`, details: { version: saved.version, fields: args.fields.length } },
    });
    return { ok: true as const, version: saved.version, inPlace, token: formToken(saved) };
  });
}
