/* global document, localStorage */
// Applies the remembered colour theme before the first paint. An external file, not an inline script, because
// the Content-Security-Policy allows only scripts of our own origin. Keep the key in step with
// src/features/theme/theme-choice.ts.
try {
  var theme = localStorage.getItem('seven-layers:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // Storage blocked: the system theme applies.
}
