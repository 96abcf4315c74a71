/**
 * A corpus over Web Workers: the inputs are handed out in order to `workers` module workers
 * (`lib/cli/audit_worker.ts`), each holding at most two papers (the one it audits and the
 * next), and the outcomes are delivered **in input order**, whatever order the workers finish
 * in — so `--jsonl` streams in input order and `--json` is byte-identical for any number of
 * workers. A paper that waits for an earlier one is held; at most `ahead` papers run ahead of
 * the earliest undelivered one, which bounds memory.
 *
 * Nothing a paper does stops the run: a worker that throws or dies is replaced and its paper
 * skipped (`failed`); a paper that takes longer than `timeoutMs` (counted from when its worker
 * is ready, so the loading of a new worker's modules is not counted) has its worker stopped and
 * replaced, and is skipped with the time it took. The other papers of a stopped worker are
 * handed out again.
 *
 * @module
 */

import type { AuditInput } from "./inputs.ts";
import type { PaperOutcome, PaperRequest } from "./process.ts";

/** A job for a worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly input: AuditInput;
  readonly request: PaperRequest;
}

/** A worker's answer to a job. */
export interface WorkerReply {
  readonly id: number;
  readonly outcome: PaperOutcome;
}

/** What a worker posts once its modules are loaded, before any answer. */
export const WORKER_READY = "ready";

/** Options of {@linkcode auditInWorkers}. */
export interface PoolOptions {
  /** How many workers (at most one per input). */
  readonly workers: number;
  readonly request: PaperRequest;
  /** Time one paper may take before its worker is stopped. Default 120 000 ms. */
  readonly timeoutMs?: number;
  /** The worker module. Default `lib/cli/audit_worker.ts` (tests use a stand-in). */
  readonly workerUrl?: URL;
  /** How many papers may run ahead of the earliest one not yet delivered. Default 256. */
  readonly ahead?: number;
}

/** The default worker module. */
export const AUDIT_WORKER_URL: URL = new URL("../cli/audit_worker.ts", import.meta.url);

/** Jobs a worker holds at once: the paper it audits and the next, so it never waits. */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  /** Its modules are loaded (the clock of a paper starts then). */
  ready: boolean;
  /** Input indices sent to it, oldest (the one it audits) first. */
  inFlight: number[];
  /** When it began the oldest of them. */
  since: number;
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/**
 * Audits `inputs` over workers and calls `deliver(index, outcome)` once per input, in input
 * order; resolves when every input is delivered and the workers are stopped.
 *
 * @example Two papers over two workers, delivered in order
 * ```ts
 * import { auditInWorkers } from "./pool.ts";
 * import { assertEquals } from "@std/assert";
 * const inputs = ["4/14 (28.6%).", "3/14 (25.0%)."].map((t, i) =>
 *   ({ file: `p${i}.txt`, bytes: new TextEncoder().encode(t) }));
 * const got: string[] = [];
 * await auditInWorkers(inputs, { workers: 2, request: { paragraphs: false, claims: false } },
 *   (i, outcome) => got.push(`${i}:${outcome.ok && outcome.paper.records[0]?.status}`));
 * assertEquals(got, ["0:reproduced", "1:discrepancy"]);
 * ```
 */
export function auditInWorkers(
  inputs: readonly AuditInput[],
  options: PoolOptions,
  deliver: (index: number, outcome: PaperOutcome) => void,
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const ahead = options.ahead ?? 256;
  const url = (options.workerUrl ?? AUDIT_WORKER_URL).href;
  return new Promise<void>((resolve, reject) => {
    if (inputs.length === 0) {
      resolve();
      return;
    }
    const held = new Map<number, PaperOutcome>();
    const again: number[] = []; // jobs of a stopped worker, handed out first
    let nextToSend = 0;
    let nextToDeliver = 0;
    let finished = false;
    const slots: Slot[] = [];

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      clearInterval(timer); // declared below: finish runs only from events, after it
      for (const slot of slots) slot.worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const settle = (index: number, outcome: PaperOutcome) => {
      if (finished || index < nextToDeliver || held.has(index)) return;
      held.set(index, outcome);
      try {
        while (held.has(nextToDeliver)) {
          const ready = held.get(nextToDeliver)!;
          held.delete(nextToDeliver);
          deliver(nextToDeliver, ready);
          nextToDeliver++;
        }
      } catch (error) {
        finish(error); // the caller's own failure (a closed pipe): stop and report it
        return;
      }
      if (nextToDeliver === inputs.length) finish();
    };
    const take = (): number | undefined => {
      if (again.length > 0) return again.shift();
      if (nextToSend < inputs.length && nextToSend < nextToDeliver + ahead) return nextToSend++;
      return undefined;
    };
    const feed = (slot: Slot) => {
      while (!finished && slot.inFlight.length < DEPTH) {
        const index = take();
        if (index === undefined) return;
        if (slot.inFlight.length === 0) slot.since = performance.now(); // (again when ready)
        slot.inFlight.push(index);
        const job: WorkerRequest = { id: index, input: inputs[index]!, request: options.request };
        slot.worker.postMessage(job);
      }
    };
    const feedAll = () => slots.forEach(feed);
    const stop = (slot: Slot, detail: string) => {
      slot.worker.terminate();
      const [head, ...rest] = slot.inFlight;
      again.unshift(...rest);
      const at = slots.indexOf(slot);
      if (at >= 0) slots[at] = spawn();
      if (head !== undefined) {
        settle(head, {
          ok: false,
          skipped: { file: inputs[head]!.file, reason: "failed", detail },
        });
      }
      feedAll();
    };
    const spawn = (): Slot => {
      const slot: Slot = {
        worker: new Worker(url, { type: "module" }),
        ready: false,
        inFlight: [],
        since: 0,
      };
      slot.worker.onmessage = (event: MessageEvent<WorkerReply | typeof WORKER_READY>) => {
        if (event.data === WORKER_READY) {
          slot.ready = true;
          slot.since = performance.now();
          return;
        }
        const { id, outcome } = event.data;
        slot.inFlight = slot.inFlight.filter((i) => i !== id);
        slot.since = performance.now();
        settle(id, outcome);
        feedAll();
      };
      slot.worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        stop(slot, `the audit's worker failed on it (${event.message}): a bug, please report it`);
      };
      slot.worker.onmessageerror = () => {
        stop(slot, "the audit's worker sent an unreadable answer: a bug, please report it");
      };
      return slot;
    };
    const count = Math.max(1, Math.min(options.workers, inputs.length));
    for (let k = 0; k < count; k++) slots.push(spawn());
    const timer = setInterval(() => {
      const now = performance.now();
      for (const slot of [...slots]) {
        if (slot.ready && slot.inFlight.length > 0 && now - slot.since > timeoutMs) {
          stop(
            slot,
            `the audit took longer than ${seconds(timeoutMs)} on it and was stopped ` +
              "(please report the file)",
          );
        }
      }
    }, Math.min(1000, Math.max(50, timeoutMs / 4)));
    feedAll();
  });
}
