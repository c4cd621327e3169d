/** The document's outline (bookmarks) as nested lists; an item that leads to a page is a button that goes there. */
import type { OutlineNode } from './pdf-engine';

export interface OutlineTreeProps {
  nodes: OutlineNode[];
  onGo: (page: number) => void;
}

export function OutlineTree({ nodes, onGo }: OutlineTreeProps) {
  return (
    <ul class="reader-outline__list">
      {nodes.map((node, i) => (
        <li key={`${i}-${node.title}`}>
          {node.page === null ? (
            <span>{node.title}</span>
          ) : (
            <button type="button" class="reader-outline__item" onClick={() => node.page !== null && onGo(node.page)}>
              {node.title}
            </button>
          )}
          {node.children.length > 0 && <OutlineTree nodes={node.children} onGo={onGo} />}
        </li>
      ))}
    </ul>
  );
}
