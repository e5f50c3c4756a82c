/**
 * The rich texts editors write in Markdown (a programme's or an activity's description), as HTML: raw HTML in them
 * is shown as text, links only to web and mail addresses (markdown-it's link check), no images (the page's CSP
 * admits none from elsewhere), and their headings start below the section's own (an editor's "#" is an h3).
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false }).disable('image');
markdown.core.ruler.push('heading_levels', (state) => {
  for (const token of state.tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  return true;
});

export function Markdown({ text }: { text: string | null }) {
  if (!text) return null;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: markdown.render(text) }} />;
}

/** The words of a Markdown text without its marks (for a page's description and search engines' summaries). */
export function markdownText(text: string | null): string | null {
  if (!text) return null;
  const words = markdown
    .parse(text, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .filter((child) => child.type === 'text' || child.type === 'code_inline')
        .map((child) => child.content)
        .join(''),
    )
    .join(' ');
  return words.replace(/\s+/g, ' ').trim() || null;
}
