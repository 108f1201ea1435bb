// Durations written in directives: 2m, 90s, 1-2m, 1.5 min, 2 minutes, 1h.
const DURATION = /^(\d+(?:[.,]\d+)?)(?:\s*-\s*(\d+(?:[.,]\d+)?))?\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|sn|sa|dk|dakika|saniye|saat|menit|detik|jam|seg|segundos?|minutos?|horas?)?$/i;

const UNIT_SECONDS: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1, sn: 1, saniye: 1, detik: 1, seg: 1, segundo: 1, segundos: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60, dk: 60, dakika: 60, menit: 60, minuto: 60, minutos: 60,
  h: 3600, hour: 3600, hours: 3600, sa: 3600, saat: 3600, jam: 3600, hora: 3600, horas: 3600,
};

/** Seconds of the upper bound, or null when the text is not a duration. Minutes by default. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  const hi = Number((m[2] ?? m[1]).replace(',', '.'));
  const unit = (m[3] ?? 'm').toLowerCase();
  const factor = UNIT_SECONDS[unit];
  if (!factor || !Number.isFinite(hi)) return null;
  return Math.round(hi * factor);
}
