import type { Suggestion } from '../advice/advisor';

/** The "cheaper alternatives" part of a hover or report: one line per suggestion, best saving first. */
export function alternativesMarkdown(suggestions: readonly Suggestion[]): string[] {
  if (suggestions.length === 0) return [];
  return ['**Cheaper alternatives** (quick fix: Ctrl+.)', '', ...suggestions.map((s) => `- ${s.title}`)];
}
