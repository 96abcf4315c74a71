/**
 * The Web Worker of `deno task audit` for a corpus: it receives `{ id, input, request }`
 * (`WorkerRequest`), reads and audits that one input (`processInput`) and posts back
 * `{ id, outcome }` (`WorkerReply`). One paper at a time, synchronously, so that the pool can
 * time a paper and stop a worker that hangs (`lib/audit_cli/pool.ts`).
 *
 * @module
 */

/// <reference lib="deno.worker" />

import { WORKER_READY, type WorkerReply, type WorkerRequest } from "../audit_cli/pool.ts";
import { processInput } from "../audit_cli/process.ts";

// Only inside a worker: a test runner may load this module in its own main thread.
if (typeof (globalThis as { postMessage?: unknown }).postMessage === "function") {
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    const { id, input, request } = event.data;
    const reply: WorkerReply = { id, outcome: processInput(input, request) };
    self.postMessage(reply);
  };
  self.postMessage(WORKER_READY);
}
