"""A kvstore's pull that skips a row_sparse output (ignore_sparse) logs MXNet's warning once per key and store:
a second pull of that key, or a pull of several keys already warned of, logs nothing, while another key or a new
store logs it again, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _stderr import stderr_of


def sparse():
    return mx.nd.sparse.zeros('row_sparse', (3, 2))


def pull(label, kv, key, out):
    def call():
        kv.pull(key, out=out)
        mx.nd.waitall()
    _, lines = stderr_of(call)
    print(label, len(lines), [line[:60] for line in lines])


for kind in ('local', 'device'):
    kv = mx.kv.create(kind)
    kv.init(3, sparse())
    kv.init(5, sparse())
    for i in range(3):
        pull(f'{kind} key 3 pull {i}', kv, 3, sparse())
    pull(f'{kind} key 5', kv, 5, sparse())
    pull(f'{kind} keys 3 and 5', kv, [3, 5], [sparse(), sparse()])
    pull(f'{kind} key 5 dense', kv, 5, mx.nd.zeros((3, 2)))
    other = mx.kv.create(kind)
    other.init(3, sparse())
    pull(f'{kind} new store key 3', other, 3, sparse())
    named = mx.kv.create(kind)
    named.init('w', sparse())
    pull(f'{kind} key w', named, 'w', sparse())
    pull(f'{kind} key w again', named, 'w', [sparse(), sparse()])
