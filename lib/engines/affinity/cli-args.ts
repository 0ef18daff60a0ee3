// "--some-flag value" → { someFlag: "value" }; flags listed as boolean take no value.
// The result goes through a zod schema in each script.

export function parseFlags(argv: readonly string[], booleanFlags: readonly string[] = []): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (booleanFlags.includes(key)) out[key] = true;
    else if (inline !== undefined) out[key] = inline;
    else {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
      out[key] = v;
    }
  }
  return out;
}
