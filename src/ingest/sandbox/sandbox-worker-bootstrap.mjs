// Worker threads do not inherit the parent's tsx loader (registered by bin/veille.js, vitest
// or `node --import tsx`), so register it here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sandbox-worker.ts');
