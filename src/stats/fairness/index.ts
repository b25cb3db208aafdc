/** Fairness statistics: group rates with Wilson intervals and their aggregates across groups. */
export { FAIRNESS_METRICS, confusionCounts, needsLabels, rateCounts, rateOf } from './rates.js';
export type { ConfusionCounts, FairnessMetric, Rate } from './rates.js';
export { Z_95, intervalsOverlap, wilsonInterval } from './wilson.js';
export type { Interval } from './wilson.js';
export { difference, disparities, extremes, ratio } from './aggregate.js';
export type { Extremes, GroupValue } from './aggregate.js';
