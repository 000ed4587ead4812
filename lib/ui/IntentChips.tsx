import type { Intent, IntentRole } from '../../agents/intents/types';

const ROLE_LABEL: Record<IntentRole, string> = { wanted: 'want', rejected: 'not', referential: 'like' };
const NEXT_ROLE: Record<IntentRole, IntentRole> = { wanted: 'rejected', rejected: 'referential', referential: 'wanted' };

/** Intents as chips: each role its own colour; click the role to change it, × to drop the chip. */
export function IntentChips(props: { intents: Intent[]; onChange?: (next: Intent[]) => void }) {
  const { intents, onChange } = props;
  if (intents.length === 0) return <p class="hint">No wishes recognised yet: the whole text will be searched.</p>;
  const edit = (index: number, next: Intent | undefined) => {
    const copy = intents.slice();
    if (next) copy[index] = next;
    else copy.splice(index, 1);
    onChange?.(copy);
  };
  return (
    <ul class="chips" aria-label="What Tastebud understood">
      {intents.map((intent, i) => (
        <li class={`chip chip-${intent.role}`} key={`${intent.category}-${intent.text}-${i}`} title={`${intent.category} · from ${intent.source}`}>
          <button
            type="button"
            class="chip-role"
            disabled={!onChange}
            aria-label={`${ROLE_LABEL[intent.role]}: change role`}
            onClick={() => edit(i, { ...intent, role: NEXT_ROLE[intent.role], source: 'user' } as Intent)}
          >
            {ROLE_LABEL[intent.role]}
          </button>
          <span class="chip-text">{intent.text}</span>
          <span class="chip-category">{intent.category.replace('_', ' ')}</span>
          {onChange && (
            <button type="button" class="chip-remove" aria-label={`Remove ${intent.text}`} onClick={() => edit(i, undefined)}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
