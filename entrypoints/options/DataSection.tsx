import { useState } from 'preact/hooks';
import { eraseAllData, exportAllData, importAllData, openDb } from '../../agents/store';

const db = openDb();

export function DataSection() {
  const [message, setMessage] = useState('');

  async function exportData() {
    const data = await exportAllData(db);
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `tastebud-export-${data.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setMessage('Exported.');
  }

  async function importData(file: File | undefined) {
    if (!file) return;
    try {
      await importAllData(db, JSON.parse(await file.text()));
      setMessage('Imported. Reload open Tastebud panels to see everything.');
    } catch (error) {
      setMessage(error instanceof SyntaxError ? 'That file is not valid JSON. Choose a file saved with "Export my data".' : (error as Error).message);
    }
  }

  async function erase() {
    if (!confirm('Erase everything Tastebud stored in this browser (history, profile, sites, settings)? This cannot be undone.')) return;
    await eraseAllData(db);
    setMessage('Everything was erased.');
  }

  return (
    <fieldset>
      <legend>Your data</legend>
      <div class="row">
        <button type="button" data-testid="export" onClick={() => void exportData()}>Export my data</button>
        <label class="secondary" style="margin:0">
          <span class="visually-hidden">Import a Tastebud export</span>
          <input type="file" accept="application/json,.json" style="width:auto" onChange={(e) => void importData((e.target as HTMLInputElement).files?.[0])} />
        </label>
        <button type="button" class="secondary" data-testid="erase" onClick={() => void erase()}>Erase everything</button>
      </div>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
