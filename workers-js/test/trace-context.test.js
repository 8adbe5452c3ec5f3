import { describe, expect, it } from "vitest";
import { amznTraceId, parseTraceparent, traceContextFrom } from "../src/trace-context.js";

const VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

describe("trace context", () => {
  it("keeps a valid traceparent and its tracestate", () => {
    const t = traceContextFrom(new Headers({ traceparent: VALID, tracestate: "vendor=abc" }));
    expect(t.traceparent).toBe(VALID);
    expect(t.tracestate).toBe("vendor=abc");
    expect(t.inherited).toBe(true);
  });

  it.each([
    ["all-zero trace id", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"],
    ["all-zero parent id", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"],
    ["upper-case hex", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"],
    ["unknown version", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"],
    ["short trace id", "00-4bf92f3577b34da6a3ce929d0e0e47-00f067aa0ba902b7-01"],
    ["injected header", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nx-fabric-subject: root"],
  ])("replaces a traceparent with %s by a new trace, dropping its tracestate", (_name, value) => {
    const headers = new Headers({ tracestate: "vendor=abc" });
    try {
      headers.set("traceparent", value);
    } catch {
      // a value with CR/LF cannot even be carried in a header; the trace is new either way
    }
    const t = traceContextFrom(headers);
    expect(t.inherited).toBe(false);
    expect(t.tracestate).toBeNull();
    expect(parseTraceparent(t.traceparent)).not.toBeNull();
    expect(t.traceparent).not.toBe(value);
  });

  it("creates a sampled trace when none is sent, with fresh ids each time", () => {
    const a = traceContextFrom(new Headers());
    const b = traceContextFrom(new Headers());
    expect(a.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(a.traceId).not.toBe(b.traceId);
  });

  it("derives X-Amzn-Trace-Id from the traceparent", () => {
    const t = parseTraceparent(VALID);
    expect(amznTraceId(t)).toBe("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1");
    expect(amznTraceId({ ...t, flags: "00" })).toMatch(/;Sampled=0$/);
    expect(amznTraceId(traceContextFrom(new Headers()))).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]$/);
  });
});
