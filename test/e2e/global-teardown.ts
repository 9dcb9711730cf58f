/** After the browser tests: stops the server started by global-setup.ts. */
import { serverHolder } from './server-holder';

export default async function globalTeardown(): Promise<void> {
  const holder = serverHolder();
  await holder.server?.close();
  holder.server = undefined;
}
