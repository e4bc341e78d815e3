/**
 * A device's id: its file name (`content/register/<id>.yaml`) and its address
 * (`/<lang>/register/<id>/`, printed on street signs), so lowercase words joined by hyphens.
 */
export const SENSOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Addresses under /<lang>/register/ that are pages of the register itself, not devices. */
export const RESERVED_SENSOR_IDS: readonly string[] = ['page', 'stats', 'propose'];

/** Why an id that has the right form cannot be a device's, or undefined when it can. */
export function reservedIdProblem(id: string): string | undefined {
  return RESERVED_SENSOR_IDS.includes(id)
    ? `"${id}" cannot be a device's id: /<lang>/register/${id}/ is a page of the register itself. Choose another id, e.g. ${id}-device-01.`
    : undefined;
}
