// Markdown with TeX math ($…$ inline, $$…$$ display), for theorem statements and review text. Safe for
// untrusted text: raw HTML is dropped (no rehype-raw; skipHtml), links go through react-markdown's URL filter,
// and KaTeX renders math to markup without running anything. Works in server and client components alike.
// KaTeX's stylesheet is imported here, from the package, so its fonts are bundled by Next (no network).
import "katex/dist/katex.min.css";
import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

const remarkPlugins = [remarkGfm, remarkMath];
// throwOnError false: a typo in TeX shows the source in red instead of breaking the page.
const rehypePlugins: NonNullable<Parameters<typeof ReactMarkdown>[0]["rehypePlugins"]> = [[rehypeKatex, { throwOnError: false, strict: "ignore" }]];

export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
