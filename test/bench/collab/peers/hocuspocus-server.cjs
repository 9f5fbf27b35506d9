// @hocuspocus/server 4.7.0 for the collaboration benchmark: defaults (flushDelay 0, i.e.
// per-tick broadcast batching; debounce 2 s), a trivial onAuthenticate, no Throttle and no
// persistence extension (@hocuspocus/extension-sqlite is not installed), on 127.0.0.1:PORT.
const { Server } = require('@hocuspocus/server');

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  async onAuthenticate() {
    return {};
  },
});

server.listen().then(() => console.log(`hocuspocus listening on ${process.env.PORT}`));
