"""A kvstore sums a pushed list in the storage of its first array: when that is row_sparse each dense array is copied into a row_sparse buffer, which logs MXNet's storage fallback (once per process); a dense first array takes row_sparse ones into dense buffers without a log, as MXNet does for 'local' and 'device' stores."""
# recorded on AMD AVX2
import mxnet as mx
from _stderr import stderr_of

rows = mx.nd.array([[0, 0], [1, 2], [0, 0], [3, 4]]).tostype('row_sparse')
for kind in ('local', 'device'):
    for label, values in (('dense first', [mx.nd.ones((4, 2)), rows]), ('rows first', [rows, mx.nd.ones((4, 2)), rows]),
                          ('rows first again', [rows, mx.nd.ones((4, 2))])):
        kv = mx.kv.create(kind)
        kv.init('d', mx.nd.ones((4, 2)))
        done, lines = stderr_of(lambda: (kv.push('d', values), mx.nd.waitall()))
        print(kind, label, repr(done), len(lines), [line[:70] for line in lines])
        out = mx.nd.zeros((4, 2))
        _, lines = stderr_of(lambda: kv.pull('d', out=out))
        print(kind, label, out.asnumpy().tolist(), len(lines), [line[:70] for line in lines])
