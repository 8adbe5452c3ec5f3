// Configuration bindings arrive as JSON: an object (a JSON binding) or its text (a secret or a plain-text var).
// Each is checked once per binding value and isolate, not on every request.
import { EdgeError } from "./problem.js";

/**
 * The value of a JSON binding given as an object or as its text.
 * @throws {EdgeError} edge-misconfigured `notJsonReason` when the text is not JSON
 */
export function jsonBindingValue(raw, notJsonReason) {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new EdgeError("edge-misconfigured", notJsonReason);
  }
}

/** `parse` of a binding (an object or its text), remembered per binding value. */
export function memoizedPerBinding(parse) {
  const parsed = new WeakMap();
  let lastText = null;
  let lastTextValue = null;
  return (raw) => {
    if (typeof raw === "string") {
      if (raw !== lastText) {
        lastTextValue = parse(raw);
        lastText = raw;
      }
      return lastTextValue;
    }
    let value = parsed.get(raw);
    if (!value) {
      value = parse(raw);
      parsed.set(raw, value);
    }
    return value;
  };
}
