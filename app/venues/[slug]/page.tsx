import { redirect } from "next/navigation";
import { loadVenueLanding } from "@/lib/venues/loaders";

export default async function VenuePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { venue, console } = await loadVenueLanding(slug);
  redirect(`/venues/${venue.slug}/${console}`);
}
