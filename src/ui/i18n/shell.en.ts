// Strings of the first paint's shell (src/ui/Shell.tsx): it is drawn before the i18n module and the engine load.
export const shellEn = {
  appTitle: 'Podium',
  appTagline: 'a Kubernetes cluster in your browser',
  shellLoading: 'Starting the cluster…',
  shellLoadFailed: 'The page could not load its code ({reason}). Reload to try again.',
};
