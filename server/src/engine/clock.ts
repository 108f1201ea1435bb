/** Today's date as YYYY-MM-DD (UTC). The only place the engine reads the system clock. */
export function systemToday(): string {
  return new Date().toISOString().slice(0, 10);
}
