// Which page the URL asks for: the sandbox, or the compare view (`?compare`, DESIGN "Share, embed, present").
export function isCompareMode(search: string = typeof location === 'undefined' ? '' : location.search): boolean {
  return new URLSearchParams(search).has('compare');
}
