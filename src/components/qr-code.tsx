import { useMemo } from "react";
import { encode } from "uqr";

/** A QR code of `text`, drawn in the browser. Loaded with its encoder only when one is first shown (share-panel.tsx). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, size } = useMemo(() => {
    const { data, size } = encode(text, { ecc: "M", border: 2 });
    let d = "";
    data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return { d, size };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className="size-56 rounded-lg bg-white"
      data-testid="qr-code"
      data-text={text}
    >
      <path d={d} fill="#000" />
    </svg>
  );
}
