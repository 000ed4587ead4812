/** One labelled (category, role, text) descriptor, the unit the intent evaluation counts. */
export interface Triple {
  category: string;
  role: string;
  text: string;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface MusicScore {
  exact: Prf;
  partial: Prf;
  byCategory: Record<string, { exact: Prf; partial: Prf }>;
  byRole: Record<string, { exact: Prf; partial: Prf }>;
}
