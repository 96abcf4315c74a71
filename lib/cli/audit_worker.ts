/**
 * The Web Worker of `deno task audit` for a corpus: it receives `{ id, input, request }`
 * (`WorkerRequest`), reads and audits that one input (`processInput`) and posts back
 * `{ id, outcome }` (`WorkerReply`). One paper at a time, synchronously, so that the pool can
 * time a paper and stop a worker that hangs (`lib/audit_cli/pool.ts`).
 *
 * @module
 */

/// <reference lib="deno.worker" />

import type { WorkerReply, WorkerRequest } from "../audit_cli/pool.ts";
import { processInput } from "../audit_cli/process.ts";

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, input, request } = event.data;
  const reply: WorkerReply = { id, outcome: processInput(input, request) };
  self.postMessage(reply);
};
