import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PresetPicker } from './PresetPicker';

// Presets are static files: nothing to refetch when the window regains focus.
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

/** The preset picker with the query client it loads the presets with: one chunk, fetched after the form shows. */
export function PresetPickerPanel() {
  return (
    <QueryClientProvider client={queryClient}>
      <PresetPicker />
    </QueryClientProvider>
  );
}
