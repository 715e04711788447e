# Custom DataIter subclasses, CSR data in NDArrayIter, shuffle with roll_over, misc DataIter API.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

class Counter(mx.io.DataIter):
    def __init__(self):
        super(Counter, self).__init__(batch_size=2)
        self.i = 0
    def iter_next(self):
        self.i += 1
        return self.i <= 3
    def getdata(self):
        return [mx.nd.ones((2, 2)) * self.i]
    def getlabel(self):
        return [mx.nd.zeros((2,))]
    def getpad(self):
        return 0
    def reset(self):
        self.i = 0
c = Counter()
print([(b.data[0].asnumpy()[0, 0], b.pad, b.index) for b in c])
c.reset()
b = c.next(); print(str(b), b.provide_data)
print(t(lambda: mx.io.DataIter().next()))
class Bare(mx.io.DataIter):
    pass
t(lambda: list(Bare()))
csr = mx.nd.array(np.arange(12).reshape(6, 2)).tostype('csr')
it = mx.io.NDArrayIter(csr, np.arange(6), batch_size=4, last_batch_handle='discard')
print(it.provide_data, [(b.data[0].stype, b.data[0].asnumpy().tolist()) for b in it])
t(lambda: mx.io.NDArrayIter(csr, np.arange(6), batch_size=4))
np.random.seed(1)
it = mx.io.NDArrayIter(np.arange(7), np.arange(7), batch_size=3, shuffle=True, last_batch_handle='roll_over')
for ep in range(3):
    print(ep, [(b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad) for b in it]); it.reset()
np.random.seed(2)
it = mx.io.NDArrayIter({'x': np.arange(5), 'y': np.arange(5) * 10}, batch_size=2, shuffle=True, last_batch_handle='discard')
for ep in range(2):
    print(ep, [[d.asnumpy().tolist() for d in b.data] for b in it]); it.reset()
it = mx.io.NDArrayIter(mx.nd.arange(6).reshape((3, 2)), batch_size=2)
print(it.getindex() if hasattr(it, 'getindex') else None, it.idx.tolist(), it.data_list[0].shape)
d = mx.io.DataDesc('a', (1, 2))
print(d == mx.io.DataDesc('a', (1, 2), 'int32'), d._asdict() if hasattr(d, '_asdict') else None, d._fields)
