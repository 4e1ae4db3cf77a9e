// Deletes DLQ entries with the official @upstash/workflow SDK, for bench/run.sh.
//
//   node bench/sdk-delete.mjs --work DIR --base-url URL --ids FILE --mode per-id|bulk
//        [--concurrency N] [--chunk-size N]
//
// per-id: one client.dlq.delete(id) per ID, N promises in flight.
// bulk:   client.dlq.delete([ids...]) with --chunk-size IDs per call (0: all IDs in one call),
//         N calls in flight.
// The token comes from QSTASH_TOKEN. Prints one JSON line:
//   {"calls":…,"ok":…,"failed":…,"deleted":…,"errors":{"<message>":count},"elapsedMs":…}
// (elapsedMs: the deletes only, without Node start-up and the SDK import)
// "deleted" is the sum of the SDK's {deleted: n} answers: the SDK says how many were deleted,
// never which IDs were missing.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

function parseArgs(argv) {
  const args = { concurrency: 16, chunkSize: 0 };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    switch (key) {
      case "--work": args.work = value; break;
      case "--base-url": args.baseUrl = value; break;
      case "--ids": args.ids = value; break;
      case "--mode": args.mode = value; break;
      case "--concurrency": args.concurrency = Number(value); break;
      case "--chunk-size": args.chunkSize = Number(value); break;
      default: throw new Error(`unknown option ${key}`);
    }
  }
  for (const key of ["work", "baseUrl", "ids", "mode"]) {
    if (!args[key]) throw new Error(`missing --${key}`);
  }
  if (!["per-id", "bulk"].includes(args.mode)) throw new Error("--mode is per-id or bulk");
  return args;
}

// Runs task(item) for every item with at most `width` in flight.
async function pool(items, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

const args = parseArgs(process.argv.slice(2));
const token = process.env.QSTASH_TOKEN;
if (!token) throw new Error("QSTASH_TOKEN is not set");

const entry = join(resolve(args.work), "node_modules", "@upstash", "workflow", "index.mjs");
const { Client } = await import(pathToFileURL(entry).href);
// The SDK logs every failed call with console.error/warn; the driver only wants the summary.
console.error = () => {};
console.warn = () => {};

// retry: false so a failure is counted, not hidden behind the SDK's network-error retries
// (it never retries HTTP statuses such as 429 anyway).
const client = new Client({ baseUrl: args.baseUrl, token, retry: false });
const ids = readFileSync(args.ids, "utf8").split("\n").map((s) => s.trim()).filter(Boolean);

const units = [];
if (args.mode === "per-id") {
  units.push(...ids);
} else {
  const size = args.chunkSize > 0 ? args.chunkSize : ids.length;
  for (let i = 0; i < ids.length; i += size) units.push(ids.slice(i, i + size));
}

const started = performance.now();
const result = { calls: units.length, ok: 0, failed: 0, deleted: 0, errors: {} };
await pool(units, args.concurrency, async (unit) => {
  try {
    const answer = await client.dlq.delete(unit);
    result.ok += 1;
    result.deleted += Number(answer?.deleted ?? 0);
  } catch (error) {
    result.failed += 1;
    const key = String(error?.status ?? error?.name ?? "error") + " " +
      String(error?.message ?? error).slice(0, 80);
    result.errors[key] = (result.errors[key] ?? 0) + 1;
  }
});
result.elapsedMs = Math.round(performance.now() - started);
process.stdout.write(JSON.stringify(result) + "\n");
