import type { MapLayout, PlacedNode } from "@/content/map.server";

// Sizes shared with the layout (src/content/map.server.ts), repeated here so that no server module
// is imported into the browser bundle.
const NODE_FONT = 14;
const NODE_LINE = 18;
const LABEL_FONT = 12;
const LABEL_LINE = 15;

/** Not colour alone: a fix has a thick outline, an explanation a dashed one, an ending a grey fill. */
const nodeLook: Record<PlacedNode["kind"], { className: string; strokeWidth: number; strokeDasharray?: string }> = {
  question: { className: "fill-white stroke-zinc-500 dark:fill-zinc-900 dark:stroke-zinc-400", strokeWidth: 1.5 },
  fix: { className: "fill-white stroke-brand-strong dark:fill-zinc-900 dark:stroke-rose-300", strokeWidth: 3 },
  explanation: { className: "fill-white stroke-zinc-500 dark:fill-zinc-900 dark:stroke-zinc-400", strokeWidth: 1.5, strokeDasharray: "6 4" },
  ending: { className: "fill-zinc-100 stroke-zinc-700 dark:fill-zinc-800 dark:stroke-zinc-300", strokeWidth: 1.5 },
};

type Point = { x: number; y: number };

/** Toward `to` from `from`, `by` units along the segment (at most half of it). */
function along(from: Point, to: Point, by: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const step = Math.min(by, length / 2) / length;
  return { x: from.x + (to.x - from.x) * step, y: from.y + (to.y - from.y) * step };
}

/** Through ELK's bend points with slightly rounded corners, the last stretch shortened for the arrowhead. */
function edgePath(points: Point[]): string {
  const all = [...points.slice(0, -1), along(points.at(-1)!, points.at(-2)!, 4)];
  const at = (p: Point) => `${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10}`;
  let d = `M${at(all[0]!)}`;
  for (let i = 1; i < all.length - 1; i++) d += `L${at(along(all[i]!, all[i - 1]!, 6))}Q${at(all[i]!)} ${at(along(all[i]!, all[i + 1]!, 6))}`;
  return `${d}L${at(all.at(-1)!)}`;
}

/**
 * The decision tree as drawn at build time, at its natural size in a region that scrolls sideways.
 * The drawing is hidden from screen readers and its links are out of the tab order: the list below
 * it on the page says the same, with the same links.
 *
 * It opens with the first step (the machine's first state) in view rather than the left edge, put
 * there by a script as the page is parsed. Done once the page ran, it moved the drawing under a
 * reader who had scrolled it meanwhile, and a box on its way to a tap with it.
 */
export function GuideMap({ layout, label }: { layout: MapLayout; label: string }) {
  const first = layout.nodes[0]!;
  const centre = Math.round(first.x + first.width / 2);
  return (
    <div tabIndex={0} role="region" aria-label={label} className="overflow-x-auto rounded-lg border border-zinc-200 p-2 dark:border-zinc-700">
      <Drawing layout={layout} />
      <script dangerouslySetInnerHTML={{ __html: `(function(e){e.scrollLeft=${centre}-e.clientWidth/2})(document.currentScript.parentNode)` }} />
    </div>
  );
}

function Drawing({ layout }: { layout: MapLayout }) {
  return (
    <svg
      aria-hidden="true"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="block max-w-none"
    >
      <defs>
        <marker id="map-arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="fill-zinc-600 dark:fill-zinc-400" />
        </marker>
      </defs>
      <g fill="none" strokeWidth={1.5} className="stroke-zinc-600 dark:stroke-zinc-400">
        {layout.edges.map((edge) => (
          <path key={`${edge.from}-${edge.to}`} d={edgePath(edge.points)} markerEnd="url(#map-arrow)" />
        ))}
      </g>
      {layout.edges.map(({ from, to, labels, label }) => (
        <g key={`${from}-${to}`}>
          <title>{labels.join(" · ")}</title>
          <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={3} className="fill-white dark:fill-zinc-900" />
          <text x={label.x + label.width / 2} y={label.y + 3} fontSize={LABEL_FONT} textAnchor="middle" className="fill-zinc-700 dark:fill-zinc-300">
            {label.lines.map((line, i) => (
              <tspan key={i} x={label.x + label.width / 2} dy={i === 0 ? LABEL_FONT : LABEL_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.nodes.map((node) => {
        const look = nodeLook[node.kind];
        const top = node.y + (node.height - node.lines.length * NODE_LINE) / 2;
        return (
          <a key={node.id} href={node.href} tabIndex={-1} data-step={node.id} className="group">
            <rect
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              rx={8}
              strokeWidth={look.strokeWidth}
              strokeDasharray={look.strokeDasharray}
              className={`${look.className} group-hover:fill-rose-50 dark:group-hover:fill-zinc-700`}
            />
            <text x={node.x + node.width / 2} y={top} fontSize={NODE_FONT} fontWeight={600} textAnchor="middle" className="fill-zinc-950 dark:fill-white">
              {node.lines.map((line, i) => (
                <tspan key={i} x={node.x + node.width / 2} dy={i === 0 ? NODE_FONT : NODE_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
