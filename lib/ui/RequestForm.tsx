import { useEffect, useMemo, useState } from 'preact/hooks';
import { extractIntents } from '../../agents/intents';
import type { Intent } from '../../agents/intents/types';
import { IntentChips } from './IntentChips';

const DRAFT_KEY = 'tastebud.draft';

/** The request box: intents appear as chips while typing, and the user can fix them before sending. */
export function RequestForm(props: { onSubmit(text: string, editedIntents?: Intent[]): void; running: boolean }) {
  const [text, setText] = useState(() => localStorage.getItem(DRAFT_KEY) ?? '');
  const [edited, setEdited] = useState<Intent[] | null>(null);
  // The model-free engine is pure and fast, so chips update on every keystroke without a round trip.
  const parsed = useMemo(() => extractIntents(text), [text]);
  const intents = edited ?? parsed.intents;

  useEffect(() => localStorage.setItem(DRAFT_KEY, text), [text]);

  function send(event?: Event) {
    event?.preventDefault();
    if (!text.trim()) return;
    props.onSubmit(text, edited ?? undefined);
    setEdited(null);
  }

  return (
    <form class="request" onSubmit={send}>
      <label for="request-text" class="visually-hidden">What are you looking for?</label>
      <textarea
        id="request-text"
        data-testid="request-input"
        rows={3}
        placeholder="e.g. an AMD Ryzen 9 5900X under 400 €, or chill 80s synthpop like Depeche Mode but not sad"
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setEdited(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) send(e);
        }}
      />
      {text.trim() && (
        <div class="understood">
          <span class="muted">{parsed.kind === 'unknown' ? 'Understood:' : `Understood (${parsed.kind}):`}</span>
          <IntentChips intents={intents} onChange={setEdited} />
        </div>
      )}
      <div class="row">
        <button type="submit" data-testid="send" disabled={!text.trim()}>
          {props.running ? 'Ask again' : 'Find'}
        </button>
        <span class="muted small">Enter to send · Shift+Enter for a new line</span>
      </div>
    </form>
  );
}
