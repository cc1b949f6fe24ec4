/** Office.js as the task pane sees it once Office.onReady has resolved: its host, and the sets it supports. */
export function fakeOffice(host: string, sets: Readonly<Record<string, string>>): void {
  const isSetSupported = (name: string, minVersion = "1.1") => {
    const version = sets[name];
    if (version === undefined) return false;
    const [have, need] = [version, minVersion].map((v) => v.split(".").map(Number));
    return have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1]);
  };
  const office = { HostType: { Excel: "Excel" }, context: { host, requirements: { isSetSupported } } };
  (globalThis as unknown as { Office?: unknown }).Office = office;
}

/** Back to no Office.js at all, as in the other tests. */
export function removeOffice(): void {
  delete (globalThis as unknown as { Office?: unknown }).Office;
}
