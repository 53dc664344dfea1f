/** Renders our own Markdown documentation through Preact (never as an HTML string). */
import type { Block, Inline } from '@/lib/ui/markdown-blocks';
import { safeHttpUrl } from '@/lib/ui/safe-url';

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'code':
            return <code key={i}>{node.text}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <InlineNodes nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <InlineNodes nodes={node.children} />
              </em>
            );
          case 'link': {
            const href = node.href.startsWith('#') ? node.href : safeHttpUrl(node.href);
            return href ? (
              <a key={i} href={href}>
                <InlineNodes nodes={node.children} />
              </a>
            ) : (
              <InlineNodes key={i} nodes={node.children} />
            );
          }
        }
      })}
    </>
  );
}

export function MarkdownDoc({ blocks }: { blocks: Block[] }) {
  return (
    <article class="ol-doc">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            const Tag = `h${Math.min(block.level, 6)}` as 'h1';
            return (
              <Tag key={i} id={block.id}>
                <InlineNodes nodes={block.children} />
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={i}>
                <InlineNodes nodes={block.children} />
              </p>
            );
          case 'code':
            return (
              <pre key={i}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <InlineNodes nodes={item} />
                  </li>
                ))}
              </Tag>
            );
          }
          case 'table':
            return (
              <table key={i}>
                <thead>
                  <tr>
                    {block.head.map((cell, j) => (
                      <th key={j}>
                        <InlineNodes nodes={cell} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map((row, j) => (
                    <tr key={j}>
                      {row.map((cell, k) => (
                        <td key={k}>
                          <InlineNodes nodes={cell} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
        }
      })}
    </article>
  );
}
