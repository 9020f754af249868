import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { runCli } from "./cli";
import { startNginx } from "./support/nginx";

/**
 * `npm run proxy`: Debian's nginx with deploy/nginx/newsroom.conf on
 * loopback in front of `npm start` (start that with TRUST_PROXY=1).
 * `-- --port 8080 --upstream 127.0.0.1:3000,127.0.0.1:3001` for another port
 * or several app instances.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "8080" }, upstream: { type: "string", default: `127.0.0.1:${env().PORT}` } },
  });
  const nginx = await startNginx({
    port: Number(values.port),
    upstreams: values.upstream
      .split(",")
      .map((u) => u.trim())
      .filter(Boolean),
  });
  console.log(`\nnginx (deploy/nginx/newsroom.conf) on ${nginx.url} → ${values.upstream}`);
  console.log(`  Cache and logs: ${nginx.prefix} (removed when it stops)\n  Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
  await nginx.stop();
});
