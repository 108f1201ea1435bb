// A bounded cache keyed by text. Rules fold and tokenize the same turns and sentences
// over and over; a 200 KB script has thousands of them, so the bound counts characters
// as well as entries: a small count limit would evict every entry before its reuse.
export class TextCache<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (key.length > this.maxChars) return;
    while (this.map.size && (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars)) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
    this.map.set(key, value);
    this.chars += key.length;
  }
}
