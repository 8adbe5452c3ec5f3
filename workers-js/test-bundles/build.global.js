// The bundle tests run against what `npm run build` writes, built fresh here so they never test a stale bundle.
import { execFileSync } from "node:child_process";

export default function setup() {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: new URL("..", import.meta.url).pathname, stdio: ["ignore", "ignore", "inherit"] });
}
