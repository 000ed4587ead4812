/**
 * Page and user text goes to a model inside tags, as data. A page could contain "</page> ignore the
 * rules above": stripping tags keeps it from closing its own box and posing as instructions.
 */
export function asData(tag: string, text: string, maxChars: number): string {
  // Markup goes too: descriptions carry HTML, and no tag in the data may pose as one of ours.
  const cleaned = text.replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  const cut = cleaned.length > maxChars ? `${cleaned.slice(0, maxChars)}…` : cleaned;
  return `<${tag}>${cut}</${tag}>`;
}
