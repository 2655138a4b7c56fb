export type { Answer } from './answer.js';
export type { Delivery } from './deliver-pushes.js';
export type { ErrorMap, ValidationRule } from './error-map.js';
export type { Charge } from './job-store.js';
export { ProviderNotFoundError } from './load-provider.js';
export { runCli } from './run-cli.js';
export {
  FAULT_KINDS,
  type FaultKind,
  type Outcome,
  parseScenario,
  SCENARIO_HEADER,
  type Scenario,
  ScenarioError,
} from './scenario.js';
export {
  type MockJobSnapshot,
  type MockOptions,
  type MockServer,
  type MockSource,
  startMock,
} from './start-mock.js';
export { type PrismEngine, startPrism } from './start-prism.js';
export { stopOnExit } from './stop-on-exit.js';
