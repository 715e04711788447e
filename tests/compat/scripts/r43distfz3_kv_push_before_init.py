"""A local store's push of row_sparse arrays to a key never initialised fails MXNet's CPU reduction (comm.h 423); a 'device' store's fails as its reduction does."""
import mxnet as mx


def attempt(kind, arrays):
    kv = mx.kv.create(kind)
    kv.init(1, mx.nd.ones((2, 2)))
    try:
        kv.push(85, arrays)
        print(kind, "pushed")
    except mx.base.MXNetError as err:
        print(kind, str(err).replace("\n", " | "))


rows = mx.nd.ones((2, 2)).tostype("row_sparse")
for kind in ("local", "device"):
    attempt(kind, rows)
    attempt(kind, [rows, rows])
    attempt(kind, [rows, mx.nd.ones((2, 2))])
