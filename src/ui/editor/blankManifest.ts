/** Only blank lines, comments and document markers: nothing for the schema to judge yet (the empty tab at a
 * lesson's first page, or a file just cleared), so the schema's "Missing property apiVersion" would only be noise. */
export function isBlankManifest(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(?:#.*|---\s*(?:#.*)?|\.\.\.\s*)?$/.test(line));
}
