/**
 * The one pattern of every name a user gives and vitae matches: ids, tags, section ids, variant names. Ids are
 * compared as written, so they are lowercase and plain: no accents, spaces or other punctuation.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The pattern in words, for messages. */
export const ID_RULE = "lowercase letters, digits and hyphens";
