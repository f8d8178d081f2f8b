/** Checks a region's map position, written [longitude, latitude] as in GeoJSON. */

/** Why a [longitude, latitude] pair is not a place on Earth (with "did you swap them?" when that fits), or undefined. */
export function coordinatesProblem([longitude, latitude]: readonly [number, number]): string | undefined {
  const lonOk = Math.abs(longitude) <= 180;
  const latOk = Math.abs(latitude) <= 90;
  if (lonOk && latOk) return undefined;
  const swapped = Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90;
  const what = !latOk
    ? `latitude ${latitude} (the second number) is outside -90 to 90`
    : `longitude ${longitude} (the first number) is outside -180 to 180`;
  return swapped
    ? `[${longitude}, ${latitude}]: ${what}. Did you swap them? Write [longitude, latitude]: [${latitude}, ${longitude}].`
    : `[${longitude}, ${latitude}]: ${what}. Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.`;
}
