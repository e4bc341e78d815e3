/** [longitude, latitude], the GeoJSON order. */
export type Position = [number, number];

/** Whether a point lies inside a polygon ring (ray casting; the ring's last point repeats the first). */
export function pointInRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon with optional holes (the first ring is the outline). */
export function pointInPolygon(point: Position, rings: readonly (readonly Position[])[]): boolean {
  const [outline, ...holes] = rings;
  return Boolean(outline && pointInRing(point, outline) && !holes.some((hole) => pointInRing(point, hole)));
}

/** Great-circle distance in metres (haversine; good to a few metres at city scale). */
export function distanceMetres([lng1, lat1]: Position, [lng2, lat2]: Position): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const a =
    Math.sin(toRad(lat2 - lat1) / 2) ** 2 +
    Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lng2 - lng1) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
}

/** Signed area of a ring (positive when counter-clockwise), for RFC 7946 winding checks. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
