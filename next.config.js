// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages that must stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer", "graphile-worker", "highs"],
  // Builds for tests and for `npm start` go to separate folders so one never clobbers the other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
