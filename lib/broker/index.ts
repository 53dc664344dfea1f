/** The metadata broker's public surface; see `README.md` in this folder for how the background wires it. */
export {
  Broker,
  type BrokerOptions,
  type BrokerRequestInit,
  type BrokerStatus,
  type Computed,
  type Executor,
  type ExecutorInit,
  type FactsAnswer,
} from './broker';
export { systemClock, type Clock } from './clock';
export type { FactsKey } from './facts-cache';
export { parseRateLimit, parseRetryAfter } from './rate-limit';
export { withSessionFallback } from './session-fallback';
export { BROKER_STATE_HEADER, type BrokerResult, type BrokerState } from './states';
export { memoryStore, type KeyValueStore } from './store';
