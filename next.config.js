// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages that must stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer", "graphile-worker", "highs"],
  // Builds for tests and for `npm start` go to separate folders so one never clobbers the other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run typecheck` checks types as its own step of `npm test`; the build need not do it a second time
  // (it would add ~35 s to every build and to the first `npm start`).
  typescript: { ignoreBuildErrors: true },
  // Uploads go through server actions: chairs' CSV files (capped at 5 MB by lib/imports) and authors' experiment
  // bundles (capped at 50 MB by lib/experiments/bundle-archive.ts, which checks again after reading).
  experimental: { serverActions: { bodySizeLimit: "51mb" } },
};

export default nextConfig;
