/** Checks a region's map position, written [longitude, latitude] as in GeoJSON. */

/** Why a [longitude, latitude] pair is not a place on Earth (with "did you swap them?" when that fits), or undefined. */
export function coordinatesProblem(pair: readonly [number, number]): string | undefined {
  const found = coordinatesIssue(pair);
  return found && `${found.what}. ${found.fix}`;
}

/** The same as coordinatesProblem, as what is wrong and how to fix it. */
export function coordinatesIssue([longitude, latitude]: readonly [number, number]): { what: string; fix: string } | undefined {
  const lonOk = Math.abs(longitude) <= 180;
  const latOk = Math.abs(latitude) <= 90;
  if (lonOk && latOk) return undefined;
  const swapped = Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90;
  const what = !latOk ? `latitude ${latitude} (the second number) is outside -90 to 90` : `longitude ${longitude} (the first number) is outside -180 to 180`;
  return {
    what: `[${longitude}, ${latitude}]: ${what}`,
    fix: swapped
      ? `Did you swap them? Write [longitude, latitude]: [${latitude}, ${longitude}].`
      : 'Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
  };
}
