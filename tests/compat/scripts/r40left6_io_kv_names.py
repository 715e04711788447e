"""The public names of mx.io.io, io.utils, recordio and the kvstore modules are MXNet's (their imports), none of
distnet's helpers."""
import mxnet as mx
import mxnet.kvstore.kvstore_server

SKIP = {"cv2", "h5py"}      # (MXNet's optional imports)
for path in ["io.io", "io.utils", "recordio", "kv.base", "kv.kvstore", "kvstore.kvstore_server"]:
    module = eval("mx." + path)
    print(path, [n for n in dir(module) if not n.startswith("_") and n not in SKIP])
print(mx.io.io.array is mx.nd.array, mx.io.io.CSRNDArray is mx.nd.sparse.CSRNDArray, mx.io.utils.sparse_array is
      mx.nd.sparse.array, mx.io.utils.NDArray is mx.nd.NDArray, mx.io.io.namedtuple.__name__, mx.io.io.concat(
          mx.nd.ones((1, 2)), mx.nd.zeros((1, 2)), dim=0).shape, mx.io.io.tile(mx.nd.ones((1, 2)), reps=(2, 1)).shape)
print(mx.kv.base.set_kvstore_handle is mx.profiler.set_kvstore_handle, mx.kv.kvstore.opt is mx.optimizer,
      mx.kv.kvstore_server.create is mx.kv.create, mx.recordio.current_process().name, mx.kv.base.array("i", [1]))
for expr in ["mx.io.io.nothing", "mx.io.utils.nothing"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "AttributeError", e)
