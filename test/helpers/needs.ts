/**
 * A test that needs a program this machine may lack: it runs, or is skipped with the reason in its
 * name (the summary line lists it), never passed silently and never failing in a hook.
 */
import { it } from "vitest";

type Body = () => unknown;

export function itNeeds(missing: string | undefined): (name: string, body: Body) => void {
  return (name, body) => (missing ? it.skip(`${name} (skipped: ${missing})`, body) : it(name, body));
}
