import autocannon from 'autocannon';
import type { GraphqlRequest } from '../cases/entities.js';

export interface Throughput {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMedianMs: number;
  readonly latencyP97_5Ms: number;
  /** Non-2xx answers and connection errors: anything but 0 makes the figure worthless. */
  readonly failures: number;
}

/** autocannon against one GraphQL endpoint: the same POST from `connections` connections for `seconds`. */
export async function measureThroughput(url: string, request: GraphqlRequest, connections: number, seconds: number): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyMedianMs: result.latency.p50,
    latencyP97_5Ms: result.latency.p97_5,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
