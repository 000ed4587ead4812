import type { TastebudDb } from './db';
import { guardWrite } from './storage-errors';
import type { StoredProfile } from './types';

export function emptyProfile(): StoredProfile {
  return { id: 'me', likes: [], dislikes: [], brandsLiked: [], brandsAvoided: [], sizes: {}, updatedAt: 0 };
}

export async function getProfile(db: TastebudDb): Promise<StoredProfile> {
  return { ...emptyProfile(), ...(await db.profile.get('me')) };
}

export async function saveProfile(db: TastebudDb, changes: Partial<Omit<StoredProfile, 'id'>>): Promise<StoredProfile> {
  const next = { ...(await getProfile(db)), ...changes, id: 'me' as const, updatedAt: Date.now() };
  await guardWrite('your profile', () => db.profile.put(next));
  return next;
}
