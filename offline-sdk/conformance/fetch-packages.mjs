// Fetches the real Pulumi provider packages named in real-packages.lock.json (exact versions, through `npm pack`, so
// npm's cache and registry settings apply), checks each tarball against the locked sha512 integrity, and unpacks
// only their declarations (*.d.ts) and modules (*.js) into .packages/<name>@<version>/. Nothing is installed and
// no package script runs. A package already unpacked from the same integrity is left as it is.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(readFileSync(join(here, "real-packages.lock.json"), "utf8"));
const root = join(here, ".packages");

for (const pkg of lock.packages) {
  const target = join(root, `${pkg.name.replace("/", "+")}@${pkg.version}`);
  const stamp = join(target, ".integrity");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === pkg.integrity) continue;

  const scratch = mkdtempSync(join(tmpdir(), "conformance-"));
  try {
    const out = execFileSync("npm", ["pack", `${pkg.name}@${pkg.version}`, "--json", "--silent",
      "--pack-destination", scratch], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const [packed] = JSON.parse(out);
    const tarball = readFileSync(join(scratch, packed.filename));
    const integrity = "sha512-" + createHash("sha512").update(tarball).digest("base64");
    if (integrity !== pkg.integrity) {
      throw new Error(`${pkg.name}@${pkg.version}: tarball integrity ${integrity} differs from the locked ${pkg.integrity}`);
    }
    rmSync(target, { recursive: true, force: true });
    const count = unpackDeclarations(gunzipSync(tarball), target);
    writeFileSync(stamp, pkg.integrity);
    console.log(`${pkg.name}@${pkg.version}: ${count} files unpacked`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// A ustar reader for the one layout npm writes: 512-byte headers, "package/" prefix, regular files only matter.
function unpackDeclarations(tar, target) {
  let offset = 0, count = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const prefix = field(345, 155);
    const name = (prefix ? prefix + "/" : "") + field(0, 100);
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1);
    const body = offset + 512;
    offset = body + Math.ceil(size / 512) * 512;
    if (type !== "0" && type !== "") continue;
    const relative = normalize(name.replace(/^package\//, ""));
    if (relative.startsWith("..") || !/\.(d\.ts|js)$/.test(relative) || relative.endsWith(".js.map")) continue;
    const file = join(target, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, tar.subarray(body, body + size));
    count++;
  }
  return count;
}
