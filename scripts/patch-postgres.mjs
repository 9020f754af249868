// Run by `npm install` / `npm ci` (postinstall). Repairs two defects of
// postgres.js 3.4.9, the latest release, in each of its builds (src/, cjs/, cf/);
// upstream: porsager/postgres issues 1154, 1208 and pull requests 1168, 1209, 1215.
//
// 1. A transaction whose connection dies mid-query sends its ROLLBACK to a
//    closed socket: nextWrite() throws from a timer (an uncaught TypeError),
//    and, since closed() cancels the write timer without forgetting it, that
//    pool connection never writes again: every later query on it waits for
//    the connect timeout and fails, until the process restarts. A database
//    restart under write load wedged one connection per transaction in flight.
// 2. The old session's last error (57P01 when the server shuts down) outlives
//    the socket and fails the first query on the reconnected connection.
//
// Each edit is applied only to the exact text it expects; anything else (a
// new version) stops the install, so the patch is looked at again.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MARK = "/* newsroom patch */";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "postgres");
const EDITS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n",
    // The queries whose bytes are dropped fail; a query already waiting to reconnect (initial) does not.
    `  function nextWrite(fn) {\n    if (!socket) { ${MARK}\n      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n      chunk = nextWriteTimer = null\n      const err = Errors.connection('CONNECTION_CLOSED', options)\n      query && queryError(query, err)\n      while (sent.length) queryError(sent.shift(), err)\n      query = null\n      return false\n    }\n    const x = socket.write(chunk, fn)\n`,
  ],
  [
    "    error(Errors.connection('CONNECTION_DESTROYED', options))\n\n    clearImmediate(nextWriteTimer)\n",
    `    error(Errors.connection('CONNECTION_DESTROYED', options))\n\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null ${MARK}\n`,
  ],
  [
    "    socket.removeAllListeners()\n    socket = null\n\n    if (initial)\n      return reconnect()\n",
    `    socket.removeAllListeners()\n    socket = null\n    chunk = nextWriteTimer = errorResponse = null ${MARK}\n\n    if (initial)\n      return reconnect()\n`,
  ],
];

const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
for (const build of ["src", "cjs/src", "cf/src"]) {
  const file = path.join(root, build, "connection.js");
  let text = fs.readFileSync(file, "utf8");
  if (text.includes(MARK)) continue;
  for (const [from, to] of EDITS) {
    if (text.split(from).length !== 2) {
      console.error(
        `scripts/patch-postgres.mjs: postgres ${version} ${build}/connection.js is not the text this patch expects (made for 3.4.9). Check whether the new version fixes these defects, then update or remove the patch.`,
      );
      process.exit(1);
    }
    text = text.replace(from, to);
  }
  fs.writeFileSync(file, text);
}
