/** Every whitespace-separated term of the query occurs in the text (case-insensitive); no fuzzing. */
export function matchAllTerms(query: string): (text: string) => boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text) => {
    if (terms.length === 0) return false;
    const lower = text.toLowerCase();
    return terms.every((t) => lower.includes(t));
  };
}
