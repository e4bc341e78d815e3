import { union } from 'polyclip-ts';
import type { Position } from './geo.ts';

/**
 * Polygons (each as rings) merged into one area: shared borders dissolve, overlaps merge. A
 * MultiPolygon whose parts touch along an edge is invalid in the OGC Simple Features model that
 * GDAL, PostGIS and QGIS follow (they report a self-intersection), so an area made of
 * neighbouring districts must be dissolved before it is published. The result winds outlines
 * counter-clockwise and holes clockwise, as RFC 7946 asks. (Its own module: the geometry
 * library is for the build, and src/lib/geo.ts also ships to browsers.)
 */
export function dissolve(polygons: readonly Position[][][]): Position[][][] {
  const [first, ...rest] = polygons;
  return first ? (union(first, ...rest) as Position[][][]) : [];
}
