/**
 * A suite's title, naming why it is skipped when `reason` says it cannot run here. Printed too:
 * the default reporter does not list skipped suites, and the output must say what did not run.
 */
export function suiteTitle(name: string, reason: string | null): string {
  if (reason === null) return name;
  const title = `${name} (skipped: ${reason})`;
  console.warn(title);
  return title;
}
