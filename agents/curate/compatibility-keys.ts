/**
 * What makes parts fit each other, from general PC knowledge: a CPU, its cooler and its motherboard
 * share a socket ("AM5", Intel's "1700"); memory and its motherboard share a DDR generation, and a
 * desktop board takes full-size DIMMs, not laptop SO-DIMMs. A compatible product must name the quoted
 * one's key, and the key is searched on its own, since shops title CPUs "AMD Ryzen 7 7700X (AM5)".
 */
import type { ChecklistItem } from '../checklist/types';
import { tokens } from '../checklist/text';
import type { ProductRecord } from '../page/types';
import { subjectKind, titleKinds } from './product-kind';

/** AMD and Intel desktop and workstation sockets as shops write them; Intel's often as the bare number. */
// Not the WRX80 chipset: its socket is sWRX8, which processors are titled with as "WRX8".
const SOCKET = /\b(AM[2-5]\+?|sTRX?[45]|s?WRX8|TR4|LGA ?\d{4}|1150|1151|1155|1200|1700|1851|2011|2066)\b/i;
const DDR = /\bDDR([2-5])\b/i;

export function socketOf(name: string): string | undefined {
  const m = SOCKET.exec(name);
  return m ? m[1]!.toUpperCase().replace(/^LGA ?/, '').replace(/^SWRX8$/, 'WRX8') : undefined;
}

export interface CompatibilityKeys {
  items: ChecklistItem[];
  /** Searched besides the subject: the key alone finds parts whose titles omit the kind word. */
  queries: string[];
}

const base = { hard: true, origin: 'request' as const };

export function compatibilityKeys(ref: ProductRecord, subjects: string[]): CompatibilityKeys {
  const name = ref.name ?? '';
  const wanted = new Set(subjects.map(subjectKind).filter(Boolean));
  const refKinds = new Set(titleKinds(name));
  const items: ChecklistItem[] = [];
  const queries: string[] = [];
  const socket = socketOf(name);
  if (socket && ['cpu', 'cooler', 'motherboard'].some((k) => wanted.has(k)) && !refKinds.has('memory')) {
    const intel = /^\d{4}$/.test(socket);
    items.push({ ...base, kind: 'attribute-present', id: `present:${socket.toLowerCase()}`, label: `Socket ${socket}, like ${leading(name)}`, text: socket, anyOf: intel ? [`LGA${socket}`, `LGA ${socket}`] : socket === 'WRX8' ? ['sWRX8'] : [] });
    queries.push(intel ? `LGA${socket}` : socket, ...(intel ? [socket] : []));
  }
  const ddr = DDR.exec(name)?.[0]?.toUpperCase();
  if (ddr && (wanted.has('memory') || (wanted.has('motherboard') && refKinds.has('memory')))) {
    items.push({ ...base, kind: 'attribute-present', id: `present:${ddr.toLowerCase()}`, label: `${ddr}, like ${leading(name)}`, text: ddr });
    // A laptop or mini PC takes SO-DIMMs; a desktop board takes full-size DIMMs.
    const small = tokens(name).includes('sodimm') || /\bso-?dimm\b/i.test(name);
    if (wanted.has('memory')) {
      items.push(small
        ? { ...base, kind: 'attribute-present', id: 'present:sodimm', label: 'SO-DIMM, like the quoted device', text: 'SODIMM', anyOf: ['SO-DIMM', 'SO DIMM'] }
        : { ...base, kind: 'attribute-absent', id: 'absent:sodimm', label: 'Full-size DIMM, not a laptop SO-DIMM', text: 'SODIMM' });
      // Registered server memory fits only workstation and server boards.
      if (!/\b(workstation|server|rdimm|registered)\b/i.test(name)) items.push({ ...base, kind: 'attribute-absent', id: 'absent:rdimm', label: 'Unbuffered memory, not server RDIMMs', text: 'RDIMM' });
    }
    queries.push(ddr);
  }
  return { items, queries };
}

function leading(name: string): string {
  return name.split(/,| - /)[0]!.trim();
}
