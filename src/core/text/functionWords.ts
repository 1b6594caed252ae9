/**
 * The function words of English, in lower case, for the engines that tell content words from them (figures, corpus):
 * articles, prepositions, conjunctions, pronouns, auxiliaries, "said". Each engine's variant is built from this list
 * where it is used.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into',
  'about', 'after', 'before', 'over', 'under', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'not', 'no', 'so', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'your', 'him', 'them', 'us', 'me', 'my', 'who', 'whom', 'which', 'what', 'when', 'where',
  'why', 'how', 'all', 'more', 'also', 'just', 'only', 'up', 'out', 'said', 'says', 'now', 'then', 'while', 'because',
  'such', 'very', 'even', 'still', 'both', 'each',
]);
