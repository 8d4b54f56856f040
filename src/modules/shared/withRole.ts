/** Keeps the links whose role is `role`; all of them when it is null or absent (a `role:` argument left out). */
export function withRole<T extends { role: string | null }>(links: T[], role: string | null | undefined): T[] {
  return role ? links.filter((link) => link.role === role) : links;
}
