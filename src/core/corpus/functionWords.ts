/** Function words (canonical forms): a shingle made only of them ("one of the most") is no evidence of copying. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into',
  'about', 'after', 'before', 'over', 'under', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'not', 'no', 'so', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'your', 'him', 'them', 'us', 'me', 'my', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how',
  'all', 'any', 'some', 'more', 'most', 'other', 'also', 'just', 'only', 'up', 'out', 'said', 'says', 'one', 'new', 's',
  'mr', 'mrs', 'ms', 'now', 'then', 'while', 'because', 'such', 'very', 'much', 'many', 'even', 'still', 'both', 'each',
]);
