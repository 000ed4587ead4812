/** Shapes shared by the benchmark runners, their shard result files and the HTML report. */

/** What the Playwright spec records for one task, before any scoring (it never sees gold). */
export interface RawAnswer {
  id: string;
  category: string;
  request: string;
  /** The run's data-status ("done", "failed", ...) or "error" when the harness itself failed. */
  status: string;
  picks: { title: string; url: string }[];
  /** URLs of the products the request quoted, as the panel showed them above the picks (not picks). */
  referenceUrls?: string[];
  message?: string;
  seconds: number;
  /** "N pages read" from the run view, when shown. */
  pagesLoaded?: number;
  /** Site id -> base URL of the local sites this answer was produced on, to read URLs back. */
  sites: Record<string, string>;
  /** For add-to-cart tasks: what the shops' carts gained during the task (URLs). */
  cartAdded?: string[];
  /** Relative to the suite's report folder: a screenshot of the side panel after the run. */
  screenshot?: string;
  /** The side panel's text after the run: what the agent showed, with its evidence marks. */
  panelText?: string;
  error?: string;
}

/** One scored task, as shown in the report table. */
export interface TaskRow {
  id: string;
  category: string;
  request: string;
  status: string;
  seconds: number;
  pagesLoaded?: number;
  /** Metric name -> value, averaged per category and overall (e.g. f1, completion). */
  metrics: Record<string, number>;
  /** The headline verdict of this task (completion, all checklist items met, ...). */
  passed: boolean;
  /** Secondary figures kept out of the headline and its averages (WebMall scored on the picks alone). */
  alsoScored?: Record<string, number>;
  answer: string[];
  expected?: string[];
  notes: string[];
  screenshot?: string;
  /** What the side panel showed after the run (titles, marks, evidence), for reading offline. */
  panelText?: string;
  error?: string;
}

export interface MetricStats {
  tasks: number;
  /** Metric name -> mean over the tasks. */
  means: Record<string, number>;
  passRate: number;
  medianSeconds: number;
  meanSeconds: number;
}

export interface SuiteSummary {
  suite: string;
  generatedAt: string;
  /** The command line that produced these results (recorded for BENCHMARKS.md). */
  command: string;
  /** Which metric is the headline and its target, e.g. {metric: 'completion', target: 0.8}. */
  targets: { metric: string; target: number; label: string }[];
  overall: MetricStats;
  byCategory: Record<string, MetricStats>;
}

/** What one shard writes: eval/reports/<suite>/results-shard-I-of-N.json. */
export interface ShardResults {
  suite: string;
  shard: string;
  /** Set when the run was limited to one category. */
  category?: string;
  command: string;
  createdAt: string;
  targets: SuiteSummary['targets'];
  raw: RawAnswer[];
  rows: TaskRow[];
}
