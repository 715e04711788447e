# mxnet-notebooks data/record_io/ndarray variants: DataBatch subclasses that skip __init__, getdata-style
# DataIter, ImageRecordIter and ImageRecordUInt8Iter on a .rec of hand-written PNGs, NDArray printing and indexing.
import os
import struct
import zlib
import mxnet as mx
import numpy as np
np.random.seed(0)
def png_bytes(pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, body):
        return struct.pack('>I', len(body)) + tag + body + struct.pack('>I', zlib.crc32(tag + body) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
tmp = '/tmp/nb_iter_variants_rec'; os.makedirs(tmp, exist_ok=True)
imgs = [np.random.randint(0, 256, (10, 12, 3)).astype(np.uint8) for _ in range(5)]
rec = mx.recordio.MXIndexedRecordIO(tmp + '/img.idx', tmp + '/img.rec', 'w')
for i, im in enumerate(imgs):
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i % 3), i, 0), png_bytes(im)))
rec.close()
r = mx.recordio.MXIndexedRecordIO(tmp + '/img.idx', tmp + '/img.rec', 'r')
r.seek(2); print(mx.recordio.unpack(r.read())[0])
it = mx.io.ImageRecordIter(path_imgrec=tmp + '/img.rec', data_shape=(3, 8, 8), batch_size=2, shuffle=False)
print(it.provide_data, it.provide_label)
for b in it:
    print(b.data[0].shape, b.label[0].asnumpy(), b.pad, b.data[0].asnumpy()[:, 0, 0, 0])
it = mx.io.ImageRecordIter(path_imgrec=tmp + '/img.rec', data_shape=(3, 10, 12), batch_size=3, mean_r=10, mean_g=20,
                           mean_b=30, scale=0.5)
for b in it:
    print(b.data[0].shape, b.label[0].asnumpy(), b.pad, b.data[0].asnumpy()[:, :, 0, 0].round(3))
it.reset(); print(it.next().index)
it = mx.io.ImageRecordUInt8Iter(path_imgrec=tmp + '/img.rec', data_shape=(3, 8, 8), batch_size=5)
b = it.next(); print(b.data[0].dtype, b.data[0].asnumpy()[:, 0, 0, 0])

np.random.seed(0); mx.random.seed(0)
class SimpleBatch(mx.io.DataBatch):
    def __init__(self, data, label, pad=0):
        self.data = data
        self.label = label
        self.pad = pad
class SimpleIter(mx.io.DataIter):
    def __init__(self, n=3):
        self._provide_data = [('data', (4, 5))]
        self._provide_label = [('softmax_label', (4,))]
        self.n = n; self.cur = 0
    def __iter__(self): return self
    def reset(self): self.cur = 0
    def __next__(self): return self.next()
    @property
    def provide_data(self): return self._provide_data
    @property
    def provide_label(self): return self._provide_label
    def next(self):
        if self.cur < self.n:
            self.cur += 1
            return SimpleBatch([mx.nd.array(np.random.uniform(-1, 1, (4, 5)))], [mx.nd.array(np.random.randint(0, 3, (4,)))])
        raise StopIteration
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')
mod = mx.mod.Module(net)
mod.fit(SimpleIter(), num_epoch=2, initializer=mx.init.Uniform(0.1))
print(mod.score(SimpleIter(), 'acc'))
print(mod.predict(SimpleIter()).shape)
b = SimpleBatch([mx.nd.ones((4, 5))], None)
try:
    print(b)
except Exception as e:
    print(type(e).__name__, e)
class GetIter(mx.io.DataIter):
    def __init__(self):
        super().__init__(2)
        self.i = 0
        self.provide_data = [('data', (2, 5))]
        self.provide_label = [('softmax_label', (2,))]
    def reset(self): self.i = 0
    def iter_next(self):
        self.i += 1
        return self.i <= 2
    def getdata(self): return [mx.nd.ones((2, 5)) * self.i]
    def getlabel(self): return [mx.nd.array([0, 1])]
    def getpad(self): return 0
print(mod.score(GetIter(), 'acc'))
print([b.data[0].asnumpy()[0, 0] for b in GetIter()], GetIter().next().index)

print(mx.nd.arange(2000).reshape((40, 50)))
print(mx.nd.ones((2, 3, 4), dtype='float16') / 3)
print(mx.nd.array([1e10, 1e-10, 3]))
print(mx.nd.array([True, False], dtype='bool') if hasattr(mx.nd, 'array') else None)
print(mx.nd.array([[1, 2]], dtype='int64'), mx.nd.array([1.5], dtype='float64'))

print(mx.nd.array(3.0))
a = mx.nd.arange(12).reshape((3, 4))
print(a[1], a[:, 1], a[1:3, ::2], a[-1], a[[0, 2]], a[mx.nd.array([0, 2])])
print(a.T, a.flatten(), a.reshape((-1,)), a.reshape((0, -1)), a.reshape((-3,)))
print(a.sum(axis=0, keepdims=True), a.mean(), a.max(axis=1), a.argmax(axis=1), a.topk(k=2))
print(mx.nd.sort(mx.nd.array([3, 1, 2])), mx.nd.argsort(mx.nd.array([3, 1, 2])))
print(a.asnumpy().dtype, a.dtype, a.context, a.shape, a.size)
b = a.copy(); b[:] = 5; b[0, 1] = 9; b[1] = mx.nd.array([1, 2, 3, 4]); print(b)
print(a > 5, a == 4, (a * 2 - 1) / 3, -a, abs(-a), a ** 2, 2 ** mx.nd.array([1, 2]), 7 % mx.nd.array([3, 4]))
print(mx.nd.stack(a, a, axis=1).shape, mx.nd.split(a, 2, axis=1), mx.nd.tile(mx.nd.array([1, 2]), (2, 2)))
print(mx.nd.where(a > 5, a, -a), mx.nd.pick(a, mx.nd.array([0, 1, 2]), axis=1), mx.nd.one_hot(mx.nd.array([1, 3]), 4))
