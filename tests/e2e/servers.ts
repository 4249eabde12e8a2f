import { execFileSync } from 'node:child_process';

/**
 * Where the end-to-end servers listen: two ports the system says are free, chosen once by Playwright's main process
 * (which loads this module first) and handed to its workers, which inherit its environment. `E2E_PORT` and
 * `E2E_ORIGINS_PORT` fix them instead. `E2E_DIST` (default dist/) names the build that the first serves; the second
 * serves a build whose ?data= allowlist names the first.
 */
function freePorts(count: number): number[] {
  // A child process, so that the config can stay synchronous; it listens on port 0 and reports what it got.
  const script = `const net=require('net');const s=[];let n=${count};
for(let i=0;i<${count};i++){const v=net.createServer();s.push(v);v.listen(0,'127.0.0.1',()=>{if(--n===0){
console.log(s.map(x=>x.address().port).join(','));s.forEach(x=>x.close());}});}`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(',').map(Number);
}

if (process.env.E2E_PORT === undefined || process.env.E2E_ORIGINS_PORT === undefined) {
  const [a, b] = freePorts(2);
  process.env.E2E_PORT ??= String(a);
  process.env.E2E_ORIGINS_PORT ??= String(b);
}

export const PORT = Number(process.env.E2E_PORT);
export const ORIGINS_PORT = Number(process.env.E2E_ORIGINS_PORT);
export const DIST = process.env.E2E_DIST ?? 'dist';
export const ORIGIN = `http://localhost:${PORT}`;
