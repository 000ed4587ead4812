import { useEffect, useState } from 'preact/hooks';
import { getProfile, openDb, profileFromForm, saveProfile, type ProfileFormText } from '../../agents/store';
import type { StoredProfile } from '../../agents/store/types';

const db = openDb();
const LIST_FIELDS = [
  ['likes', 'Things I like', 'trail running, jazz, wool'],
  ['dislikes', 'Things I avoid', 'leather, autotune'],
  ['brandsLiked', 'Brands I like', 'Brooks, Samsung'],
  ['brandsAvoided', 'Brands I avoid', ''],
] as const;

export function ProfileSection() {
  const [profile, setProfile] = useState<StoredProfile | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => void getProfile(db).then(setProfile), []);
  if (!profile) return null;

  async function save(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const field = (name: keyof ProfileFormText) => String(form.get(name) ?? '');
    const next = await saveProfile(db, profileFromForm({
      likes: field('likes'), dislikes: field('dislikes'), brandsLiked: field('brandsLiked'), brandsAvoided: field('brandsAvoided'), budgetMax: field('budgetMax'), sizes: field('sizes'),
    }));
    setProfile(next);
    setSaved('Saved.');
  }

  return (
    <fieldset>
      <legend>Your profile</legend>
      <form onSubmit={save} data-testid="profile-form">
        {LIST_FIELDS.map(([key, label, placeholder]) => (
          <div key={key}>
            <label for={`p-${key}`}>{label} <span class="muted small">(comma-separated)</span></label>
            <input id={`p-${key}`} name={key} placeholder={placeholder} value={profile[key].join(', ')} />
          </div>
        ))}
        <label for="p-budget">Usual budget at most</label>
        <input id="p-budget" name="budgetMax" inputMode="decimal" value={profile.budget?.max ?? ''} />
        <label for="p-sizes">Sizes <span class="muted small">(e.g. shoe: 44, shirt: M)</span></label>
        <input id="p-sizes" name="sizes" value={Object.entries(profile.sizes).map(([k, v]) => `${k}: ${v}`).join(', ')} />
        <div class="row">
          <button type="submit">Save profile</button>
          <span role="status">{saved}</span>
        </div>
      </form>
    </fieldset>
  );
}
