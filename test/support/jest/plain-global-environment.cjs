// jest's node environment, with the test file's global an ordinary global object instead of a
// contextified Proxy. jest 30 wraps the sandbox in a Proxy and contextifies it, so every read of a
// global (Math, Object, Array…) in a hot loop takes V8's slow path: 2.56 million Math.imul steps took
// about 2 s under jest against 16 ms in plain node, which made fake-indexeddb's key comparisons and
// our own hashing many times slower than in the app. Node (>= 22.8) makes such a context with
// vm.constants.DONT_CONTEXTIFY. What jest loses is its clean-up of the Proxy's properties after a
// file, which only frees memory sooner (each file's context is dropped anyway).
const vm = require('node:vm');
const NodeEnvironment = require('jest-environment-node').TestEnvironment;

class PlainGlobalEnvironment extends NodeEnvironment {
  constructor(config, context) {
    const createContext = vm.createContext;
    vm.createContext = () => createContext(vm.constants.DONT_CONTEXTIFY);
    try {
      super(config, context);
    } finally {
      vm.createContext = createContext;
    }
  }
}

module.exports = PlainGlobalEnvironment;
