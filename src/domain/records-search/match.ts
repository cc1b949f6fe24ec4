/**
 * Whether a record's text matches what someone typed in the search box. The shared accent-, case- and
 * width-insensitive matchesSearch (src/domain/search) was not there yet when this was written; until it is, this is
 * a plain case-insensitive "contains", kept behind this one function so the Records screen switches in one line.
 */
export function matchesQuery(text: string, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  return wanted === "" || text.toLocaleLowerCase().includes(wanted);
}
