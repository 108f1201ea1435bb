// Spreads the files of `supportlint report` over worker threads, one per core by default.
// Workers ask for the next batch when done, so a few slow files do not leave the other
// cores idle; results are put back in the input order, so the report does not depend on
// which worker linted what.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ConfigProblem } from '../config/types';
import type { ReportFile } from '../report/types';
import { JobRunner, type JobOptions } from './report-job';

export interface BatchRequest {
  id: number;
  files: string[];
}

export interface BatchResult {
  id: number;
  files: ReportFile[];
  problems: ConfigProblem[];
}

export interface PoolResult {
  files: ReportFile[];
  problems: ConfigProblem[];
  /** Worker threads used (0: linted on the calling thread). */
  workers: number;
}

/** The worker's script: next to this file (out/ from tsc, or dist/ from esbuild). */
export function workerScript(): string {
  return path.join(__dirname, 'report-worker.js');
}

export async function lintFiles(files: string[], job: JobOptions, workers: number, onProgress: (done: number) => void = () => undefined): Promise<PoolResult> {
  const n = Math.min(workers, files.length);
  if (n <= 1 || !fs.existsSync(workerScript())) return inProcess(files, job, onProgress);
  return inWorkers(files, job, n, onProgress);
}

function inProcess(files: string[], job: JobOptions, onProgress: (done: number) => void): PoolResult {
  const runner = new JobRunner(job);
  const out: ReportFile[] = [];
  for (const f of files) {
    out.push(runner.run(f));
    onProgress(out.length);
  }
  return { files: out, problems: runner.takeProblems(), workers: 0 };
}

function inWorkers(files: string[], job: JobOptions, n: number, onProgress: (done: number) => void): Promise<PoolResult> {
  // Small batches balance the load; not too small, or messaging costs more than linting.
  const size = Math.max(1, Math.min(64, Math.ceil(files.length / (n * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: ReportFile[][] = new Array(batches.length);
  const problems = new Map<string, ConfigProblem>();
  let next = 0;
  let done = 0;
  let finished = 0;

  return new Promise<PoolResult>((resolve, reject) => {
    const pool: Worker[] = [];
    let failed = false;
    const stopAll = () => Promise.all(pool.map((w) => w.terminate()));
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      void stopAll().finally(() => reject(e instanceof Error ? e : new Error(String(e))));
    };
    const feed = (w: Worker) => {
      if (next < batches.length) {
        const req: BatchRequest = { id: next, files: batches[next] };
        next++;
        w.postMessage(req);
      }
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(workerScript(), { workerData: job });
      pool.push(w);
      w.on('message', (msg: BatchResult) => {
        results[msg.id] = msg.files;
        for (const p of msg.problems) problems.set(`${p.file}\0${p.line}\0${p.column}\0${p.message}`, p);
        done += msg.files.length;
        finished++;
        onProgress(done);
        if (finished === batches.length) {
          void stopAll().then(() => resolve({ files: results.flat(), problems: [...problems.values()], workers: n }), fail);
        } else feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0 && finished < batches.length) fail(new Error(`a report worker stopped (exit code ${code})`));
      });
      feed(w);
    }
  });
}
