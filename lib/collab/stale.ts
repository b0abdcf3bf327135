/**
 * The claims whose version on the server is newer than the copy on the page. Claims the page does
 * not know (added elsewhere) and claims gone from the server are left alone here.
 */
export function newerClaimIds(server: Record<string, number>, local: ReadonlyMap<string, number>): string[] {
  const ids: string[] = [];
  for (const [id, version] of Object.entries(server)) {
    const mine = local.get(id);
    if (mine !== undefined && version > mine) ids.push(id);
  }
  return ids;
}

/**
 * The claims on the server that the page does not know yet (added elsewhere), leaving out those
 * that left this page (deleted or merged here) while a poll was under way.
 */
export function addedClaimIds(server: Record<string, number>, local: ReadonlyMap<string, number>, removedHere: ReadonlySet<string>): string[] {
  return Object.keys(server).filter((id) => !local.has(id) && !removedHere.has(id));
}
