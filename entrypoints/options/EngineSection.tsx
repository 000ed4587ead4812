import { useEffect, useState } from 'preact/hooks';
import { getSettings, openDb, saveSettings, type Settings } from '../../agents/store';

const db = openDb();

export function EngineSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void getSettings(db).then(setSettings), []);
  if (!settings) return null;
  const update = async (changes: Partial<Settings>) => setSettings(await saveSettings(db, changes));
  return (
    <fieldset>
      <legend>Understanding engine</legend>
      <label for="engine">Engine</label>
      <select id="engine" value={settings.engineId} onChange={(e) => void update({ engineId: (e.target as HTMLSelectElement).value })}>
        <option value="rules">Model-free (default, instant, always works)</option>
      </select>
      <label for="server-url">Model server on this computer (OpenAI-compatible)</label>
      <input id="server-url" value={settings.serverUrl} onChange={(e) => void update({ serverUrl: (e.target as HTMLInputElement).value })} />
    </fieldset>
  );
}
