/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyPage } from './lazy-page';

describe('lazyPage', () => {
  it('renders a preloaded page at once, without its loading state', async () => {
    const load = jest.fn(async () => (props: { params: Record<string, string> }) => <h1>Page {props.params.id}</h1>);
    const Page = lazyPage(load);
    await Page.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page params={{ id: '7' }} query={new URLSearchParams()} dialog={false} />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Page 7' })).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends while not yet downloaded, and downloads once', async () => {
    const load = jest.fn(async () => () => <h1>Later</h1>);
    const Page = lazyPage(load);
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page params={{}} query={new URLSearchParams()} dialog={false} />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Later' })).toBeInTheDocument();
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download again', async () => {
    let attempt = 0;
    const Page = lazyPage(async () => {
      if (attempt++ === 0) throw new Error('chunk failed');
      return () => <h1>Loaded</h1>;
    });
    await expect(Page.preload()).rejects.toThrow('chunk failed');
    await expect(Page.preload()).resolves.toBeDefined();
  });
});
