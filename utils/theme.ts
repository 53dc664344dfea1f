/** Extension pages follow the system theme; the shared CSS reads `data-theme`. */
export function applySystemTheme(): void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => (document.documentElement.dataset.theme = query.matches ? 'dark' : 'light');
  apply();
  query.addEventListener('change', apply);
}
