// The metrics worker's entry when the code runs from source (tsx, vitest). Node 20 does not
// apply a loader given in a Worker's execArgv (`--import tsx`) to the worker's own entry file,
// so this plain module loads the TypeScript one through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./metricsWorker.ts', import.meta.url);
