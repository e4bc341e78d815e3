import type { Position } from '../geo.ts';
import type { DistrictFeature } from '../../schemas/district.ts';

/** A district's outline as polygons (each a list of rings), whether it is one polygon or several. */
export function polygonsOf(feature: DistrictFeature): Position[][][] {
  const geometry = feature.geometry;
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
}

/**
 * The middle of the city's districts (of their bounding box): where the city is, for examples and
 * hints about coordinates. Undefined when there are no districts.
 */
export function districtsMiddle(districts: readonly DistrictFeature[]): { lat: number; lng: number } | undefined {
  const positions = districts.flatMap((feature) => polygonsOf(feature).flat(2));
  if (positions.length === 0) return undefined;
  const middle = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return { lat: middle(positions.map(([, lat]) => lat)), lng: middle(positions.map(([lng]) => lng)) };
}
