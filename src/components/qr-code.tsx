import { useEffect, useState } from "react";

/** A QR code of `text`, drawn in the browser; the encoder is loaded only when one is first shown. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number }>();
  useEffect(() => {
    let live = true;
    import("uqr").then(({ encode }) => {
      if (!live) return;
      const { data, size } = encode(text, { ecc: "M", border: 2 });
      let d = "";
      data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
      setPath({ d, size });
    });
    return () => {
      live = false;
    };
  }, [text]);

  if (!path) return <div className="size-56 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${path.size} ${path.size}`}
      shapeRendering="crispEdges"
      className="size-56 rounded-lg bg-white"
      data-testid="qr-code"
      data-text={text}
    >
      <path d={path.d} fill="#000" />
    </svg>
  );
}
