'use client';
import { useMemo } from 'react';
import { create } from 'qrcode';

// The quiet zone the QR standard asks for around the code, in modules.
const MARGIN = 4;

/**
 * A QR code for `text` as an inline SVG (one path, crisp at any size, so it can fill a
 * projector), named by `label` for screen readers. Error correction M survives a glare spot.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + MARGIN} ${row + MARGIN}h1v1h-1z`;
    }
    return { size: modules.size + 2 * MARGIN, path: d };
  }, [text]);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" className={className} data-testid="qr-code">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
