/**
 * Starting a run from an extension page (the side panel, the popup): the background's answer, or an
 * error a user can act on when the background does not answer.
 */
import type { Intent } from '../agents/intents/types';
import { sendMessage, type StartRunRequest } from './messaging';

export async function startRun(request: StartRunRequest): Promise<{ runId: string } | { error: string }> {
  try {
    return await sendMessage('startRun', request);
  } catch (e) {
    return { error: `Tastebud's background did not answer (${(e as Error).message}). Reload the extension and try again.` };
  }
}

/** Chips the user edited are the user's word, not an engine's reading. */
export function editedRequest(text: string, intents: Intent[]): StartRunRequest {
  return { text, understood: { intents, engine: 'user', notes: [] } };
}
