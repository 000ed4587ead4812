import type { TastebudDb } from './db';

export interface ExportedData {
  format: 'tastebud-export';
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/** Everything the user has in Tastebud, as one JSON-able object. */
export async function exportAllData(db: TastebudDb): Promise<ExportedData> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return { format: 'tastebud-export', schemaVersion: db.verno, exportedAt: new Date().toISOString(), tables };
}

export async function eraseAllData(db: TastebudDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** Restores an export (e.g. onto a new computer); refuses files that are not Tastebud exports. */
export async function importAllData(db: TastebudDb, data: unknown): Promise<void> {
  const file = data as Partial<ExportedData>;
  if (file?.format !== 'tastebud-export' || typeof file.tables !== 'object' || !file.tables) {
    throw new Error('This file is not a Tastebud export. Choose a file saved with "Export my data".');
  }
  if ((file.schemaVersion ?? 0) > db.verno) {
    throw new Error('This export comes from a newer Tastebud. Update the extension, then import again.');
  }
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = file.tables?.[table.name];
      if (Array.isArray(rows)) await table.bulkPut(rows);
    }
  });
}
