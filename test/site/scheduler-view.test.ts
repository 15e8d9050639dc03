// chapter: 23-consoles
// The scheduler panel's view of the whole run: what is visible, zooming about a point, scrolling,
// the axis ticks, and finding the first slice in view.
import { describe, expect, it } from "vitest";
import { firstEndingAfter, formatNs, pan, tickStep, type View, visible, zoom } from "../../src/components/panels/scheduler.ts";

const whole: View = { span: null, start: 0, follow: true };
const MS = 1e6;

describe("the scheduler timeline's view", () => {
  it("shows the whole run until the reader zooms", () => {
    expect(visible(whole, 80 * MS)).toEqual([0, 80 * MS]);
  });

  it("zooms in about the present while following, and keeps following as the run grows", () => {
    const v = zoom(whole, 80 * MS, 0.5);
    expect(v.span).toBe(40 * MS);
    expect(v.follow).toBe(true);
    expect(visible(v, 80 * MS)).toEqual([40 * MS, 80 * MS]);
    expect(visible(v, 100 * MS)).toEqual([60 * MS, 100 * MS]);
  });

  it("zooms about the pointer, keeping the time under it in place", () => {
    const v = zoom({ span: 40 * MS, start: 0, follow: false }, 80 * MS, 0.5, 10 * MS);
    const [t0, t1] = visible(v, 80 * MS);
    expect(t1 - t0).toBe(20 * MS);
    expect((10 * MS - t0) / (t1 - t0)).toBeCloseTo(0.25);
  });

  it("scrolls back in time and stops following; scrolling to the present follows again", () => {
    const v = pan({ span: 10 * MS, start: 0, follow: true }, 80 * MS, -30 * MS);
    expect(v.follow).toBe(false);
    expect(visible(v, 90 * MS)).toEqual([40 * MS, 50 * MS]);
    expect(pan(v, 90 * MS, 1000 * MS).follow).toBe(true);
    expect(visible(pan(v, 80 * MS, -1000 * MS), 80 * MS)).toEqual([0, 10 * MS]);
  });

  it("zooming out past the run shows the whole run", () => {
    expect(zoom({ span: 60 * MS, start: 0, follow: false }, 80 * MS, 2).span).toBeNull();
  });

  it("puts 1-2-5 ticks on the axis and names times shortly", () => {
    expect(tickStep(80 * MS, 8)).toBe(10 * MS);
    expect(tickStep(7 * MS, 4)).toBe(2 * MS);
    expect(formatNs(1_500_000)).toBe("1.5 ms");
    expect(formatNs(250_000)).toBe("250 µs");
    expect(formatNs(2e9)).toBe("2 s");
  });

  it("finds the first slice still running at a time", () => {
    const slices = [0, 10, 20, 30].map((start) => ({ tid: 1, name: "t", level: 0, start, end: start + 10 }));
    expect(firstEndingAfter(slices, 15)).toBe(1);
    expect(firstEndingAfter(slices, 20)).toBe(1);
    expect(firstEndingAfter(slices, 41)).toBe(4);
  });
});
