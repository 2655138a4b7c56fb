import { startMock } from '@mediagen/mock';

export default async function setup(project) {
  const mock = await startMock('happyhorse');
  project.provide('happyhorseUrl', mock.url);
  return () => mock.close();
}
