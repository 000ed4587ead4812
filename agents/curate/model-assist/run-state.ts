/**
 * One run's dealings with the model: every call under a per-call timeout and a per-run budget, and
 * after the first failure (no panel, timeout, engine error) no more calls: the rules decide the rest
 * and a note says so. Notes and decisions collected here go into the run's result.
 */
import { deadline, raceAbort } from '../bounded';
import type { Decision } from '../types';
import type { CurationModel, ModelAssistOptions } from './types';

const DEFAULTS = { judgeTop: 5, maxRewrites: 3, callTimeoutMs: 20_000, budgetMs: 60_000 };

export class ModelAssistRun {
  readonly notes: string[] = [];
  readonly decisions: Decision[] = [];
  readonly limits: typeof DEFAULTS;
  private stopped = false;
  private spentMs = 0;
  private rewrites = 0;

  constructor(private readonly options: ModelAssistOptions, private readonly signal?: AbortSignal) {
    this.limits = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'number')) };
  }

  get model(): CurationModel {
    return this.options.model;
  }

  /** Whether the model reads the shopping request before the rules plan (ModelAssistOptions.readRequest). */
  get readsRequest(): boolean {
    return this.options.readRequest !== false;
  }

  /** One model answer, or undefined when the model is out of the run (failed before, timed out, budget spent, run cancelled). */
  async ask<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    if (this.stopped || this.signal?.aborted) return undefined;
    const left = this.limits.budgetMs - this.spentMs;
    if (left <= 0) return this.stop(`its ${Math.round(this.limits.budgetMs / 1000)} s for this run were used up`);
    const { signal, dispose } = deadline(this.signal, Math.min(this.limits.callTimeoutMs, left), 'its answer');
    const started = Date.now();
    try {
      return await raceAbort(call(signal), signal);
    } catch (e) {
      if (this.signal?.aborted) return undefined;
      return this.stop(e instanceof Error ? e.message : String(e));
    } finally {
      dispose();
      this.spentMs += Date.now() - started;
    }
  }

  /** True while this run may still ask for rewritten queries (one site at a time, bounded). */
  takeRewrite(): boolean {
    if (this.stopped || this.rewrites >= this.limits.maxRewrites) return false;
    this.rewrites++;
    return true;
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  decided(what: string, engine: string): void {
    if (!this.decisions.some((d) => d.what === what && d.engine === engine)) this.decisions.push({ what, engine });
  }

  private stop(why: string): undefined {
    this.stopped = true;
    this.note(`${this.model.label} could not help with this run (${why}); the rules decided the rest.`);
    return undefined;
  }
}

/** Undefined without a model: the agents then take exactly the model-free path. */
export function startModelAssist(options: ModelAssistOptions | undefined, signal?: AbortSignal): ModelAssistRun | undefined {
  return options ? new ModelAssistRun(options, signal) : undefined;
}

/** Adds the run's model notes and decisions to the agent's own. */
export function finishModelAssist(run: ModelAssistRun | undefined, notes: string[], decisions: Decision[]): void {
  if (!run) return;
  notes.push(...run.notes);
  decisions.push(...run.decisions);
}
