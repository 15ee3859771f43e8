// Export the visible graph for slides, without a dependency: clone React Flow's viewport DOM (and the far-zoom
// canvas as an image), inline the computed
// styles that matter, wrap it in an SVG <foreignObject>, and (for PNG) draw that SVG on a canvas. Everything is
// a data: URL (the CSP allows `img-src 'self' data:`; blob: is not relied on).

const PROPS = [
  'display', 'position', 'left', 'top', 'right', 'bottom', 'width', 'height', 'transform', 'transform-origin', 'z-index',
  'box-sizing', 'overflow', 'opacity', 'visibility', 'pointer-events',
  'flex-direction', 'flex-wrap', 'align-items', 'justify-content', 'gap', 'flex', 'flex-shrink',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top', 'border-right', 'border-bottom', 'border-left', 'border-radius', 'outline', 'box-shadow',
  'background-color', 'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
  'text-transform', 'text-overflow', 'white-space', 'text-align', 'vertical-align',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'dominant-baseline', 'text-anchor',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  const decl = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', `${decl};animation:none;transition:none`);
  const a = source.children;
  const b = target.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

/** The current view of a React Flow container (`.react-flow`) as standalone SVG text. */
export function viewToSvg(container: HTMLElement): { svg: string; width: number; height: number } {
  const width = Math.max(1, Math.round(container.clientWidth));
  const height = Math.max(1, Math.round(container.clientHeight));
  const viewport = container.querySelector('.react-flow__viewport');
  const wrapper = document.createElement('div');
  wrapper.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const bg = getComputedStyle(container.closest('.graph') ?? container).backgroundColor;
  wrapper.setAttribute('style', `position:relative;width:${width}px;height:${height}px;overflow:hidden;background:${bg}`);
  // At far zoom the picture is a canvas (FarCanvas.tsx): it goes in as an image under the (transparent) boxes.
  const overview = container.querySelector<HTMLCanvasElement>('canvas.graph-far-canvas');
  if (overview) {
    const img = document.createElement('img');
    img.setAttribute('src', overview.toDataURL('image/png'));
    img.setAttribute('style', `position:absolute;left:0;top:0;width:${width}px;height:${height}px`);
    wrapper.appendChild(img);
  }
  if (viewport) {
    const clone = viewport.cloneNode(true) as Element;
    inlineStyles(viewport, clone);
    for (const el of clone.querySelectorAll('.react-flow__handle, .react-flow__edge-interaction')) el.remove();
    wrapper.appendChild(clone);
  }
  const body = new XMLSerializer().serializeToString(wrapper);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
  return { svg, width, height };
}

export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Rasterize the view at `scale`× (crisp on projectors) to a PNG data URL. */
export async function viewToPng(container: HTMLElement, scale = 2): Promise<string> {
  const { svg, width, height } = viewToSvg(container);
  const img = new Image();
  img.src = svgDataUrl(svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return canvas.toDataURL('image/png');
}

export function download(dataUrl: string, filename: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
