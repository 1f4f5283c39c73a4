/**
 * The signature commands as a user runs them (`tsx src/archive/cli/<name>.ts`, what the npm
 * scripts call): exit status, one-line errors without a stack, and what verify prints.
 */
import { execFile } from "node:child_process";
import { readdir, rm, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePublication, projectRoot, tempArchiveRoot } from "../archive-fixture.ts";

const exec = promisify(execFile);
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

async function cli(name: string, args: string[], passphrase?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.TRIAL_KEY_PASSPHRASE;
  if (passphrase !== undefined) env.TRIAL_KEY_PASSPHRASE = passphrase;
  try {
    const { stdout, stderr } = await exec(tsx, [path.join(projectRoot, "src", "archive", "cli", `${name}.ts`), ...args], { env, cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await tempArchiveRoot("cli");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("keys, sign and verify from the command line", () => {
  it("make keys, trust them, sign, and verify prints each signature and the status", async () => {
    const root = path.join(dir, "archive");
    const { folder } = await fixturePublication(root, { study: "CLI", analyst: "Dana Statistician" });
    const trusted = path.join(dir, "trusted-keys.json");
    const made = await cli("keys", ["new", "--name", "Lee Approver", "--out", path.join(dir, "lee")], "lee passphrase");
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^key [0-9a-f]{64} \(Lee Approver\)\n {2}private: .*\.key\.pem/);
    const pub = (await readdir(path.join(dir, "lee"))).find((f) => f.endsWith(".pub.json")) as string;
    expect((await cli("keys", ["trust", path.join(dir, "lee", pub), "--trusted-keys", trusted])).stdout).toMatch(/^trusted key [0-9a-f]{64} \(Lee Approver\) in /);
    const leeKey = path.join(dir, "lee", (await readdir(path.join(dir, "lee"))).find((f) => f.endsWith(".key.pem")) as string);

    // A wrong passphrase: exit 2, one line naming the key file and the rule, no stack.
    const wrong = await cli("sign", [folder, "--key", leeKey, "--meaning", "approved"], "not lee's passphrase");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`${leeKey}: [wrong-passphrase] the passphrase does not open this key (or the file was changed); check TRIAL_KEY_PASSPHRASE\n`);

    const signed = await cli("sign", [folder, "--key", leeKey, "--meaning", "approved"], "lee passphrase");
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stdout).toMatch(/^signed .*CLI\/2026-01: approved by Lee Approver \(key [0-9a-f]{64}\) at /);

    const unchecked = await cli("verify", [folder, "--hashes-only"]);
    expect(unchecked.code).toBe(0);
    expect(unchecked.stdout).toContain("note  1 signature(s) NOT checked: no trusted-keys file given");
    expect(unchecked.stdout).toContain("status  approved by Lee Approver (signatures NOT checked: no --trusted-keys)");

    const checked = await cli("verify", [folder, "--hashes-only", "--trusted-keys", trusted, "--require-approved"]);
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout).toMatch(/^ {2}sign {2}approved by Lee Approver \(key [0-9a-f]{16}…\) at \d{4}-\d\d-\d\dT[\d:.]+Z$/m);
    expect(checked.stdout).toMatch(/^ {2}status {2}approved by Lee Approver$/m);

    // A forged signature: verify exits 1 and names the file, signature and rule.
    const file = path.join(folder, "signatures.json");
    await writeFile(file, (await readFile(file, "utf-8")).replace('"meaning": "approved"', '"meaning": "reviewed"'));
    const forged = await cli("verify", [folder, "--hashes-only", "--trusted-keys", trusted]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/^ {2}FAIL {2}signatures\.json: signature #1 \(reviewed by Lee Approver, key [0-9a-f]{16}…\): \[forged-signature\] /m);
    expect(forged.stdout).toMatch(/^ {2}status {2}draft$/m);
    expect(forged.stderr).toBe("");
  }, 120_000);
});
