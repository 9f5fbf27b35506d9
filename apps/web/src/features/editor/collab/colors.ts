/**
 * Caret and avatar colours: dark enough for white text on them (contrast ≥ 4.5:1) and told apart
 * by hue. A person keeps their colour in every module and on every device.
 */
export const PRESENCE_COLORS = ['#b3261e', '#0b6e4f', '#1c4fa1', '#8a3ffc', '#a04c00', '#00758f', '#b0006b', '#4d5b00'] as const;

export function colorFor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length];
}

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}
