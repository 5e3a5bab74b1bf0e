// Durations in the fleet file: `2s`, `1500ms`, `1.5s`, `1m` or a bare number of milliseconds.

/** Longer than this is a typo: a deadline nobody would wait for. */
export const MAX_DURATION_MS = 10 * 60_000;

const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;
const DURATION = /^(-?\d+(?:\.\d+)?)(ms|s|m)?$/;

export type DurationResult = { ok: true; ms: number } | { ok: false; reason: string };

/**
 * Parses a duration into whole milliseconds. Only ms, s and m: an hour-long deadline is a mistake,
 * and `h` or `d` would only invite one. Zero and negative are rejected, never clamped.
 */
export function parseDuration(value: string | number): DurationResult {
  const m = DURATION.exec(typeof value === "number" ? String(value) : value);
  if (!m) return { ok: false, reason: "expected a duration such as 2s, 1500ms, 1.5s or 1m" };
  const unit = (m[2] ?? "ms") as keyof typeof UNIT_MS;
  const ms = Math.round(Number(m[1]) * UNIT_MS[unit]);
  if (ms <= 0) return { ok: false, reason: "must be more than 0ms" };
  if (ms > MAX_DURATION_MS) return { ok: false, reason: "must be at most 10m" };
  return { ok: true, ms };
}
