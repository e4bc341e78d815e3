import type { Position } from './geo.ts';

/** Projects [lng, lat] into an SVG box (equirectangular, scaled by cos(latitude): fine at city scale). */
export function projector(
  positions: readonly Position[],
  width: number,
  padding = 8,
): { project: (p: Position) => [number, number]; height: number } {
  const lngs = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * xScale, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - padding * 2) / spanX;
  const height = Math.round(spanY * scale + padding * 2);
  return {
    height,
    project: ([lng, lat]) => [
      Math.round(((lng - minLng) * xScale * scale + padding) * 10) / 10,
      Math.round(((maxLat - lat) * scale + padding) * 10) / 10,
    ],
  };
}

/** An SVG path for polygon rings. */
export function ringsPath(rings: readonly (readonly Position[])[], project: (p: Position) => [number, number]): string {
  return rings.map((ring) => `M${ring.map((p) => project(p).join(' ')).join('L')}Z`).join('');
}
