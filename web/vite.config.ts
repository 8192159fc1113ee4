// Vite build of the single-page app. `npm start` runs `vite build` here (cwd web/) when
// web/dist is missing or stale; `npx vite` in web/ serves it with the API proxied.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ command }) => {
  // A build is always a production build, even when started from a test runner that sets
  // NODE_ENV=test (React and antd would otherwise ship their development code).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    base: '/',
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // The manifest lets e2e/bench tools compute each route's initial JS.
      manifest: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        output: {
          // Stable vendor chunks: they change less often than the pages, so browsers keep them.
          manualChunks(id: string) {
            if (!id.includes('node_modules')) return undefined;
            if (/[\\/]node_modules[\\/](echarts|zrender)[\\/]/.test(id)) return 'echarts';
            if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(id)) return 'exceljs';
            if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/.test(id)) return 'react';
            return undefined;
          },
        },
      },
    },
    server: {
      port: 5173,
      proxy: { '/api': { target: process.env.API_TARGET ?? 'http://localhost:3100', changeOrigin: false } },
    },
  };
});
