/**
 * A stand-in for `lib/cli/audit_worker.ts` in tests of the worker pool (`lib/audit_cli/pool.ts`):
 * it audits like the real worker, except for an input named `hang` (it never answers) and one
 * named `crash` (it throws, which ends a Web Worker with an error event).
 *
 * @module
 */

/// <reference lib="deno.worker" />

import { WORKER_READY, type WorkerReply, type WorkerRequest } from "../../lib/audit_cli/pool.ts";
import { processInput } from "../../lib/audit_cli/process.ts";

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, input, request } = event.data;
  if (input.file === "hang") { while (true) { /* never answers */ } }
  if (input.file === "crash") throw new Error("the stand-in worker crashed on purpose");
  const reply: WorkerReply = { id, outcome: processInput(input, request) };
  self.postMessage(reply);
};

self.postMessage(WORKER_READY);
