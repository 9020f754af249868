import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { isRoot, SHARED_ROOT_FOR_ROOT, traversableByOthers } from "@/db/runtime/cluster-dir";
import { CliError } from "../cli";

const SHIPPED_CONFIG = path.resolve("deploy/nginx/newsroom.conf");

export type NginxOptions = {
  /** Loopback port nginx listens on. */
  port: number;
  /** App instances, `host:port` each. */
  upstreams: string[];
  /** More `server {}` blocks for the same http context (the benchmark's static copy); `%PREFIX%` is nginx's folder. */
  extraServers?: string;
};

export type RunningNginx = { url: string; prefix: string; cacheDir: string; stop: () => Promise<void> };

export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

/**
 * The shipped configuration made to run here: the app instances, the port and
 * the cache folder replaced, nothing else changed.
 */
function renderConfig(shipped: string, options: NginxOptions & { cacheDir: string }): string {
  const servers = options.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join("\n");
  const rendered = shipped
    .replace(/^ {4}server \S+ max_fails=1 fail_timeout=2s;$/m, servers)
    .replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${options.port};`)
    .replace("/var/cache/nginx/newsroom", options.cacheDir);
  if (rendered === shipped && options.port !== 8080) throw new Error("deploy/nginx/newsroom.conf no longer has the lines npm run proxy replaces.");
  return rendered;
}

/**
 * nginx's working folder. Its worker processes drop root for `nobody`, which
 * must reach the cache; when the project sits under a private folder (/root)
 * it lives under /var/lib/newsroom, as the embedded database does.
 */
function prefixFor(port: number): string {
  const wanted = path.resolve(".data", `nginx-${port}`);
  if (!isRoot() || traversableByOthers(wanted)) return wanted;
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  return path.join(SHARED_ROOT_FOR_ROOT, `nginx-${port}-${key}`);
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new CliError(`nginx stopped at once:\n${log()}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new CliError(`nginx did not listen on port ${port}:\n${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Runs Debian's nginx with the shipped configuration on loopback, in the foreground of its own prefix. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new CliError("nginx is not installed. On Debian or Ubuntu: apt-get install nginx-light (or nginx).");
  const prefix = prefixFor(options.port);
  const cacheDir = path.join(prefix, "cache");
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(path.join(prefix, "logs"), { recursive: true, mode: 0o755 });
  if (isRoot()) fs.chmodSync(path.dirname(prefix), 0o755);
  const site = renderConfig(fs.readFileSync(SHIPPED_CONFIG, "utf8"), { ...options, cacheDir });
  fs.writeFileSync(path.join(prefix, "newsroom.conf"), site);
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes auto;",
      "pid nginx.pid;",
      "error_log logs/error.log warn;",
      "events { worker_connections 4096; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      "  sendfile on;",
      "  tcp_nopush on;",
      "  keepalive_timeout 65;",
      "  keepalive_requests 100000;",
      "  client_body_temp_path temp/body;",
      "  proxy_temp_path temp/proxy;",
      "  include newsroom.conf;",
      (options.extraServers ?? "").replaceAll("%PREFIX%", prefix),
      "}",
      "",
    ].join("\n"),
  );
  fs.mkdirSync(path.join(prefix, "temp"), { recursive: true, mode: 0o755 });
  const args = ["-p", `${prefix}/`, "-c", "nginx.conf"];
  const check = spawnSync(binary, [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new CliError(`nginx refused the configuration:\n${check.stderr}`);
  let output = "";
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const errorLog = () => `${output}${fs.existsSync(path.join(prefix, "logs/error.log")) ? fs.readFileSync(path.join(prefix, "logs/error.log"), "utf8") : ""}`;
  await waitForPort(options.port, child, errorLog);
  return {
    url: `http://127.0.0.1:${options.port}`,
    prefix,
    cacheDir,
    // The cache is only ever a copy: nothing of nginx's folder outlives it.
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGQUIT");
        await exited;
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
