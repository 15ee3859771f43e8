// Share link limits, on their own so the page can quote them without loading the share code.
/**
 * The longest link we make or open: 100,000 characters. Every current browser opens far longer URLs
 * (Chromium ~2 MB), but chat tools and mail clients cut long links; past this a workspace is better
 * saved as a file. About 75 kB of compressed workspace: hundreds of actions.
 */
export const MAX_LINK_CHARS = 100_000;
/** The most a link may decompress to (a decompression bomb stops here). */
export const MAX_JSON_BYTES = 4_000_000;
