/** The box that must have ink once the image's fonts are drawn: the headline. */
interface InkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How long to wait for an SVG image's embedded fonts before giving up: a woff2 decodes in milliseconds. */
const FONT_WAIT_MS = 3000;
const RETRY_MS = 50;

export class FontsNotReady extends Error {
  constructor() {
    super('the image’s fonts did not load');
  }
}

/** Share of the box's pixels that differ from its top-left pixel (the paper). */
function inkShare(context: CanvasRenderingContext2D, box: InkBox, scale: number): number {
  const x = Math.round(box.x * scale);
  const y = Math.round(box.y * scale);
  const w = Math.max(1, Math.round(box.width * scale));
  const h = Math.max(1, Math.round(box.height * scale));
  const { data } = context.getImageData(x, y, w, h);
  const [r, g, b] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  let inked = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b) > 60)
      inked += 1;
  return inked / (w * h);
}

/**
 * Draws a self-contained SVG onto a canvas at `scale` and returns the PNG. An SVG image can finish decoding before the
 * fonts inlined in it are ready, and Chromium then draws its text as nothing: so the headline's box is checked for ink,
 * and the image drawn again until it has some (or FONT_WAIT_MS passes, which fails loudly rather than save a picture
 * without words).
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number, ink: InkBox): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('this browser cannot draw to a canvas');
    const started = performance.now();
    for (;;) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      if (ink.height === 0 || inkShare(context, ink, scale) > 0.005) break;
      if (performance.now() - started > FONT_WAIT_MS) throw new FontsNotReady();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded as PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through a temporary link; nothing leaves the browser. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
