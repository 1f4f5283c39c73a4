/**
 * Command-line arguments of the archive commands: `--name value` flags, boolean switches, and
 * positional arguments; an unknown flag or a flag without its value is an error. The archive
 * root is `--out`, else `$TRIAL_ARCHIVE_ROOT`, else `archive/` in the project.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ParsedArgs {
  values: Map<string, string>;
  switches: Set<string>;
  positional: string[];
}

export function parseArgs(argv: string[], spec: { values: string[]; switches: string[] }): ParsedArgs {
  const parsed: ParsedArgs = { values: new Map(), switches: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.switches.includes(name)) parsed.switches.add(name);
    else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      parsed.values.set(name, value);
    } else throw new Error(`unknown option --${name} (options: ${[...spec.values, ...spec.switches].map((s) => `--${s}`).join(", ")})`);
  }
  return parsed;
}

export function archiveRoot(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(args.values.get("out") ?? env.TRIAL_ARCHIVE_ROOT ?? path.join(projectRoot, "archive"));
}

/**
 * Runs a CLI's main; an error prints its message (never a stack) and exits 2 when a rule refused
 * (PublishRefused, SignatureError: something the user can fix), else 1.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof Error && (error.name === "PublishRefused" || error.name === "SignatureError") ? 2 : 1);
    },
  );
}
