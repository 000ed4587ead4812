/**
 * Turns IndexedDB failures into messages a user can act on. A full disk is the common one, and
 * "QuotaExceededError" alone tells a user nothing.
 */
export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.some((n) => n === 'QuotaExceededError');
}

export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) {
      throw new StorageError(
        `Could not save ${what}: the browser's storage for Tastebud is full. Free space on the disk, or erase old runs in Options → Your data, then try again. Nothing saved earlier was lost.`,
        error,
      );
    }
    throw new StorageError(`Could not save ${what}: ${(error as Error)?.message ?? String(error)}`, error);
  }
}
