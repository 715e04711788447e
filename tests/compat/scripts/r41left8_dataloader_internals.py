"""gluon.data.dataloader has MXNet's process-pool pieces: queues, worker and fetcher loops, array reducers, workers."""
import inspect
import pickle
import queue
import threading

import mxnet as mx

DL = mx.gluon.data.dataloader
print([n for n in dir(DL) if not n.startswith("_")])
for n in ["ConnectionWrapper", "Queue", "SimpleQueue", "fetcher_loop_v1", "worker_loop_v1", "rebuild_ndarray",
          "rebuild_np_ndarray", "reduce_ndarray", "reduce_np_ndarray", "_thread_worker_fn", "_thread_worker_initializer",
          "_worker_fn", "_worker_initializer", "_as_in_context"]:
    f = getattr(DL, n)
    print(n, type(f).__name__, inspect.signature(f), [b.__name__ for b in getattr(f, '__mro__', ())][1:3])
print(DL._worker_dataset, DL._mx_np is mx.np)
x = mx.nd.array([1, 2])
r = DL.reduce_ndarray(x)
y = r[0](*r[1])
print(r[0].__name__, len(r[1]), y.context, y.asnumpy().tolist(), y.dtype)
z = mx.np.array([[1, 2]], dtype="int32")
r = DL.reduce_np_ndarray(z)
w = r[0](*r[1])
print(r[0].__name__, len(r[1]), type(w).__name__, w.context, w.tolist(), w.dtype)
kq, dq = queue.Queue(), queue.Queue()
ds = mx.gluon.data.ArrayDataset(mx.nd.arange(6).reshape(3, 2))
kq.put((0, [0, 1])); kq.put((1, [2])); kq.put((None, None))
DL.worker_loop_v1(ds, kq, dq, DL.default_batchify_fn)
print(dq.qsize())
dq.put((None, None))
buf = {}
DL.fetcher_loop_v1(dq, buf, data_buffer_lock=threading.Lock())
print(sorted(buf), buf[0].asnumpy().tolist(), buf[1].context)
print(DL._thread_worker_fn([0, 2], DL.default_batchify_fn, ds).asnumpy().tolist())
DL._worker_initializer(ds, False, False)
b = DL._worker_fn([1], DL.default_batchify_fn, None)
print(type(b).__name__, pickle.loads(b).asnumpy().tolist())
DL._thread_worker_initializer(False, False)
q = DL.Queue(); q.put([1, 2]); print(q.get())
q = DL.SimpleQueue(); q.put([3, 4]); print(q.get())
