import type { Example } from './types.js';

// Each example scales its own paragraph and keeps its own stored size, so the states stay apart.
const example = (id: string, value: string) => `<font-size-control
  for="${id}-text"
  storage-key="demo-${id}"${value ? ` value="${value}"` : ''}
></font-size-control>
<div id="${id}-text" lang="vi">
  <p>
    Sáng nay, các tuyến xe buýt nội đô bắt đầu chạy theo lộ trình mới. Người dân có thể tra cứu giờ
    chạy tại nhà chờ hoặc trên cổng thông tin của thành phố.
  </p>
</div>`;

export const examples: Example[] = [
  {
    id: 'font-size-default',
    title: { vi: 'Cỡ chữ mặc định (100%)', en: 'Default size (100%)' },
    html: example('font-size-default', ''),
  },
  {
    id: 'font-size-min',
    title: { vi: 'Nhỏ nhất (80%): nút A− bị vô hiệu', en: 'Smallest (80%): A− disabled' },
    html: example('font-size-min', '80'),
  },
  {
    id: 'font-size-max',
    title: { vi: 'Lớn nhất (200%): nút A+ bị vô hiệu', en: 'Largest (200%): A+ disabled' },
    html: example('font-size-max', '200'),
  },
  {
    id: 'font-size-150',
    title: { vi: 'Cỡ chữ 150%', en: 'Text at 150%' },
    html: example('font-size-150', '150'),
  },
];
