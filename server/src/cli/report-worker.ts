// Worker thread of `supportlint report`: lints the batches of files the pool sends and
// posts the results back. Bundled as dist/report-worker.js next to dist/cli.js.
import { parentPort, workerData } from 'worker_threads';
import { JobRunner, type JobOptions } from './report-job';
import type { BatchRequest, BatchResult } from './report-pool';

const runner = new JobRunner(workerData as JobOptions);

parentPort!.on('message', (msg: BatchRequest) => {
  const files = msg.files.map((f) => runner.run(f));
  const reply: BatchResult = { id: msg.id, files, problems: runner.takeProblems() };
  parentPort!.postMessage(reply);
});
