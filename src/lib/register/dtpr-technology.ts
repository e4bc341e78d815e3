/**
 * DTPR describes a camera by what can be seen in its images (`identifiable_video`), not only by
 * the kind of camera (`video_camera`, `video_camera_infrared`). A licence-plate camera that films
 * in infrared light is identifiable video all the same: whoever sees its images can tell the car,
 * and so often its owner. The register keeps the technology as it is (a resident may want to know
 * a camera sees in the dark) and gives DTPR the element for what the images show.
 */

/** Technologies that film: their DTPR element depends on what they record. */
const CAMERA_TECHNOLOGIES: ReadonlySet<string> = new Set(['video-camera', 'infrared-camera']);

/** Data types in which a person or a vehicle can be recognised. */
const IDENTIFYING_DATA: ReadonlySet<string> = new Set(['video', 'images', 'licence-plates']);

/** The DTPR `device__tech` element of one technology of a register entry. */
export function technologyDtpr(
  technology: string,
  element: string | null,
  entry: { personalData: boolean; dataTypes: readonly string[] },
): string | null {
  const identifiable = entry.personalData && entry.dataTypes.some((type) => IDENTIFYING_DATA.has(type));
  return CAMERA_TECHNOLOGIES.has(technology) && identifiable ? 'identifiable_video' : element;
}
