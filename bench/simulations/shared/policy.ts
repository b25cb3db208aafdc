/** The policy a simulation's drift checks run under: a regression model with no columns declared, a budget no simulation reaches. */
import type { Policy } from '../../../src/policy/types.js';

export const simulationPolicy: Policy = {
  file: 'simulation.yaml',
  dir: '.',
  apiVersion: 'modelwatch/v1',
  model: { name: 'simulation', task: 'regression', owners: [] },
  columns: { sensitive: [], pii: [], types: {} },
  data: { current: { kind: 'file', paths: [] } },
  defaults: { min_samples: 1, time_budget: { ms: 600_000, text: '10m' } },
  checks: [],
  alerting: { issue: { enabled: true, labels: [] }, silences: [] },
  secrets: [],
  positionOf: () => undefined,
};
