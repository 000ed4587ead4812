import { MatchPattern } from '@webext-core/match-patterns';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addSite, listSites, openDb, removeSite, setSiteEnabled } from '../../agents/store';
import type { SiteKind, StoredSite } from '../../agents/store/types';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const db = openDb();

/** Least privilege: Tastebud asks for access to each site when the user adds it, never for all sites. */
function requestAccess(baseUrl: string, granted: string[]): Promise<boolean> {
  // No prompt for a site already granted. Decided without awaiting anything: Firefox refuses a
  // permission request made after an await in the click handler.
  if (granted.some((pattern) => new MatchPattern(pattern).includes(`${baseUrl}/`))) return Promise.resolve(true);
  return browser.permissions.request({ origins: [`${baseUrl}/*`] });
}

export function SitesSection() {
  const sites = useLiveQuery(() => listSites(db), [], [] as StoredSite[]);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SiteKind>('shop');
  const [message, setMessage] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => void browser.permissions.getAll().then((p) => setGranted(p.origins ?? [])), []);

  async function add(e: Event) {
    e.preventDefault();
    setMessage('');
    try {
      const baseUrl = new URL(url.trim()).origin;
      if (!(await requestAccess(baseUrl, granted))) {
        setMessage(`Access to ${baseUrl} was not granted, so Tastebud can't read it. Add it again and choose Allow.`);
        return;
      }
      const site = await addSite(db, { url: baseUrl, name, kind });
      setMessage(`Added ${site.name}.`);
      setUrl('');
      setName('');
    } catch (error) {
      setMessage((error as Error).message.includes('Invalid URL') ? `"${url}" is not a web address. Enter it like https://shop.example.com` : (error as Error).message);
    }
  }

  return (
    <fieldset>
      <legend>Sites</legend>
      <p class="muted small">Tastebud searches only the sites listed here.</p>
      {sites.length === 0 ? (
        <p class="hint">No sites yet: add the shops and music sites you use.</p>
      ) : (
        <table data-testid="site-table">
          <tbody>
            {sites.map((s) => (
              <tr key={s.id}>
                <td>
                  <input type="checkbox" checked={s.enabled} aria-label={`Use ${s.name}`} style="width:auto" onChange={(e) => void setSiteEnabled(db, s.id, (e.target as HTMLInputElement).checked)} />
                </td>
                <td>{s.name}</td>
                <td class="muted small">{s.baseUrl}</td>
                <td>{s.kind}</td>
                <td>
                  <button type="button" class="link" onClick={() => void removeSite(db, s.id)}>Remove</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={add} data-testid="add-site">
        <label for="site-url">Address</label>
        <input id="site-url" name="url" placeholder="https://shop.example.com" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} required />
        <label for="site-name">Name (optional)</label>
        <input id="site-name" name="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <label for="site-kind">Kind</label>
        <select id="site-kind" name="kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as SiteKind)}>
          <option value="shop">Shop</option>
          <option value="music">Music site</option>
        </select>
        <div class="row">
          <button type="submit">Add site</button>
          {message && <span role="status">{message}</span>}
        </div>
      </form>
    </fieldset>
  );
}
