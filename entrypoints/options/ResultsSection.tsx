import { useEffect, useState } from 'preact/hooks';
import { getSettings, openDb, saveSettings, type Settings } from '../../agents/store';

const db = openDb();
const MAX = 20;

/**
 * How many picks a general request ("a motherboard") shows; the rest of the ranking stays under
 * "why not the others". Requests that define a set (all offers, the cheapest) are always shown whole.
 */
export function ResultsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void getSettings(db).then(setSettings), []);
  if (!settings) return null;

  const change = async (value: string) => {
    const n = Math.round(Number(value));
    if (!Number.isFinite(n) || n < 1 || n > MAX) return;
    setSettings(await saveSettings(db, { maxPicks: n }));
    setSaved(true);
  };

  return (
    <fieldset>
      <legend>Results</legend>
      <label for="max-picks">Picks shown for a general request</label>
      <input id="max-picks" name="maxPicks" type="number" min={1} max={MAX} value={settings.maxPicks} onChange={(e) => void change((e.target as HTMLInputElement).value)} />
      <p class="muted small">
        For “a motherboard” you see the best {settings.maxPicks}; all offers of a product, or everything that meets your stated requirements, are always shown whole.
        {saved && ' Saved.'}
      </p>
    </fieldset>
  );
}
