// The UI language as a lesson language (`zh` → `zh-CN`).
import { useAppStore } from '../../store/useAppStore';

export function useLessonLanguage(): string {
  return useAppStore((s) => (s.prefs.locale === 'zh' ? 'zh-CN' : 'en'));
}
