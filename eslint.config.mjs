import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "lib/db/generated/**", ".tangent/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layering rule of DESIGN.md: Prisma only in data.ts / mutations.ts (and the db client itself).
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/data.ts", "lib/**/mutations.ts", "lib/db/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/lib/db/client", "@/lib/db/generated/*", "@prisma/client", "**/db/client"], message: "Prisma is imported only by data.ts and mutations.ts (DESIGN.md)." }],
      }],
    },
  },
  {
    // Engines are pure: the same code runs in the app, the worker, the CLI and the benchmark.
    files: ["lib/engines/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["next", "next/*", "react", "@/lib/db/*", "@prisma/*", "server-only", "@/lib/auth/*"], message: "Engines take plain data and return plain data (DESIGN.md)." }],
      }],
    },
  },
];

export default config;
