// Lets a page put its own title (a person's name) into the breadcrumb.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const Ctx = createContext<{ title: string | null; set(t: string | null): void }>({ title: null, set: () => undefined });

export function PageTitleProvider({ children }: { children: ReactNode }) {
  const [title, set] = useState<string | null>(null);
  return <Ctx.Provider value={{ title, set }}>{children}</Ctx.Provider>;
}

export function usePageTitle(title: string | null | undefined): void {
  const { set } = useContext(Ctx);
  useEffect(() => {
    set(title ?? null);
    return () => set(null);
  }, [title, set]);
}

export function useCurrentPageTitle(): string | null {
  return useContext(Ctx).title;
}
