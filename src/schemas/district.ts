import { z } from 'zod';
import { localizedName } from './name-text.ts';
import { termId } from './taxonomy.ts';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z
  .array(position)
  .min(4, 'A ring needs at least four positions, the last repeating the first.')
  .refine(
    (r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1],
    'Close the ring: repeat the first position at the end.',
  );

// Unlike every other content schema, these objects take members they do not list: GeoJSON that
// map tools write carries members of its own (RFC 7946, section 6.1), which the site ignores.

/** One district: a GeoJSON Feature with a Polygon or MultiPolygon. */
export const districtFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: termId.meta({ description: 'Stable id used in register entries (area locations) and filters.' }),
    name: localizedName(80).meta({ description: "The district's name per language." }),
  }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
});

export const districtsSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(districtFeatureSchema).min(1),
  })
  .meta({ description: "content/districts.geojson: the city's districts (RFC 7946, WGS 84, [longitude, latitude])." });

export type DistrictFeature = z.output<typeof districtFeatureSchema>;
