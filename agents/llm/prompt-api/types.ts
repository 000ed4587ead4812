/** The slice of Chrome's built-in Prompt API (the `LanguageModel` global) this engine uses. */

export type PromptApiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface LanguageModelSession {
  prompt(input: string, opts?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number }) => void): void;
}

export interface LanguageModelStatic {
  availability(opts?: object): Promise<PromptApiAvailability>;
  create(opts?: {
    initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
    expectedInputs?: object[];
    expectedOutputs?: object[];
    monitor?(m: DownloadMonitor): void;
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}
