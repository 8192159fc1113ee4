// A chart that loads ECharts on first use and forwards clicks on data items.
import { useEffect, useRef, useState } from 'react';
import { Spin } from 'antd';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

export interface ChartClick {
  seriesIndex?: number;
  seriesName?: string;
  dataIndex: number;
  name: string;
  data: unknown;
}

interface Props {
  option: EChartsCoreOption;
  height?: number;
  onItemClick?(e: ChartClick): void;
  testId?: string;
}

export function EChart({ option, height = 320, onItemClick, testId }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('../lib/echarts').then(({ echarts }) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.current = c;
      // Browser tests find a bar's pixel position through the instance (convertToPixel).
      (el.current as HTMLDivElement & { __chart?: ECharts }).__chart = c;
      c.on('click', (p) => {
        const params = p as unknown as ChartClick;
        clickRef.current?.(params);
      });
      observer = new ResizeObserver(() => c.resize());
      observer.observe(el.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!ready || !chart.current) return;
    chart.current.setOption(option, { notMerge: true });
    el.current?.setAttribute('data-rendered', 'true');
  }, [ready, option]);

  return (
    <div style={{ position: 'relative', height }}>
      <div ref={el} style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined }} data-testid={testId} />
      {!ready && (
        <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Spin />
        </div>
      )}
    </div>
  );
}
