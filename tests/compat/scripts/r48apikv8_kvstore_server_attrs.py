"""mx.kv.KVStoreServer made in a worker keeps its store, the store's handle and an init_logginig flag of False, as MXNet's does."""
import mxnet as mx

kv = mx.kv.create("local")
server = mx.kv.KVStoreServer(kv)
print(sorted(vars(server)))
print(server.kvstore is kv, server.handle is kv.handle, type(server.handle).__name__, server.init_logginig)
