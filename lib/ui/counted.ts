/** "1 pick", "2 picks": a count with its noun, as a person writes it. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
