import type { ReactNode } from 'react';
import { chooseTheme, THEME_CHOICES, useThemeChoice, type ThemeChoice } from './theme-choice';

const LABELS: Record<ThemeChoice, { icon: string; text: string }> = {
  system: { icon: '◐', text: 'System' },
  light: { icon: '☀', text: 'Light' },
  dark: { icon: '☾', text: 'Dark' },
};

/** One button that cycles System → Light → Dark; its name says the theme in force and what a press does. */
export function ThemeToggle(): ReactNode {
  const choice = useThemeChoice();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] ?? 'system';
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => chooseTheme(next)}
      aria-label={`Theme: ${LABELS[choice].text}. Switch to ${LABELS[next].text.toLowerCase()}`}
      data-theme-choice={choice}
    >
      <span aria-hidden="true">{LABELS[choice].icon}</span> <span className="theme-toggle-text">{LABELS[choice].text}</span>
    </button>
  );
}
