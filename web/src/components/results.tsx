// Result pages for 403 / 404 and for API errors a page cannot recover from.
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';

export function ForbiddenResult({ message }: { message?: string }) {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={message ?? '当前账号没有访问此页面的权限；如需开通，请联系安全管理员。'}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
      data-testid="result-forbidden"
    />
  );
}

export function NotFoundResult({ message }: { message?: string }) {
  return (
    <Result
      status="404"
      title="不存在"
      subTitle={message ?? '您访问的页面或记录不存在，可能已被删除。'}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
      data-testid="result-notfound"
    />
  );
}

/** The right result for an error that stops a page from showing. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError) {
    if (error.status === 403) return <ForbiddenResult message={error.message} />;
    if (error.status === 404) return <NotFoundResult message={error.message} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={onRetry && <Button onClick={onRetry}>重试</Button>}
    />
  );
}
