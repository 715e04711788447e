# Data iterators, RecordIO and image IO notebooks (mxnet-notebooks python/basic data, record_io, image_io,
# advanced_img_io): NDArrayIter, CSVIter, custom DataIter, MXRecordIO/MXIndexedRecordIO, mx.image + ImageIter.
import os
import random
import struct
import zlib
import mxnet as mx
import numpy as np

mx.random.seed(5)
random.seed(5)
np.random.seed(5)
tmp = '/tmp/nb_data_io_%d' % os.getpid()
os.makedirs(tmp, exist_ok=True)

data = np.random.rand(10, 3).round(3)
label = np.arange(10)
for handle in ['pad', 'discard', 'roll_over']:
    it = mx.io.NDArrayIter(data, label, batch_size=4, last_batch_handle=handle)
    for epoch in range(2):
        print(handle, epoch, [(b.data[0].shape, b.pad, b.label[0].asnumpy().tolist()) for b in it])
        it.reset()
it = mx.io.NDArrayIter(data={'data': data, 'data2': data * 2}, label={'softmax_label': label}, batch_size=5)
print(it.provide_data, it.provide_label, it.batch_size, it.num_data)
b = it.next()
print(b.data[1].asnumpy(), b.index, b.bucket_key, b.provide_data)
print(mx.io.NDArrayIter(data, batch_size=3, shuffle=True).next().data[0].asnumpy())

# CSVIter
np.savetxt(tmp + '/data.csv', np.arange(24).reshape(8, 3) / 4.0, delimiter=',', fmt='%g')
np.savetxt(tmp + '/label.csv', np.arange(8), delimiter=',', fmt='%g')
it = mx.io.CSVIter(data_csv=tmp + '/data.csv', data_shape=(3,), label_csv=tmp + '/label.csv', label_shape=(1,),
                   batch_size=3)
for batch in it:
    print(batch.data[0].asnumpy().tolist(), batch.label[0].asnumpy().tolist(), batch.pad)
print(it.provide_data, it.provide_label)
it = mx.io.CSVIter(data_csv=tmp + '/data.csv', data_shape=(3,), batch_size=5, round_batch=False)
print([(b.data[0].shape, b.pad) for b in it])


# custom DataIter
class SimpleIter(mx.io.DataIter):
    def __init__(self, data_names, data_shapes, data_gen, label_names, label_shapes, label_gen, num_batches=3):
        self._provide_data = list(zip(data_names, data_shapes))
        self._provide_label = list(zip(label_names, label_shapes))
        self.num_batches = num_batches
        self.data_gen = data_gen
        self.label_gen = label_gen
        self.cur_batch = 0

    def __iter__(self):
        return self

    def reset(self):
        self.cur_batch = 0

    def __next__(self):
        return self.next()

    @property
    def provide_data(self):
        return self._provide_data

    @property
    def provide_label(self):
        return self._provide_label

    def next(self):
        if self.cur_batch < self.num_batches:
            self.cur_batch += 1
            data = [mx.nd.array(g(d[1])) for d, g in zip(self._provide_data, self.data_gen)]
            label = [mx.nd.array(g(d[1])) for d, g in zip(self._provide_label, self.label_gen)]
            return mx.io.DataBatch(data, label)
        else:
            raise StopIteration


n = 4
data_iter = SimpleIter(['data'], [(n, 5)], [lambda s: np.random.uniform(-1, 1, s)],
                       ['softmax_label'], [(n,)], [lambda s: np.random.randint(0, 3, s)])
net = mx.sym.Variable('data')
net = mx.sym.FullyConnected(data=net, name='fc1', num_hidden=6)
net = mx.sym.Activation(data=net, name='relu1', act_type="relu")
net = mx.sym.FullyConnected(data=net, name='fc2', num_hidden=3)
net = mx.sym.SoftmaxOutput(data=net, name='softmax')
mod = mx.mod.Module(symbol=net)
mod.fit(data_iter, num_epoch=2, initializer=mx.init.Uniform(0.1))
print(mod.score(data_iter, 'acc'))
batch = mx.io.DataBatch(data=[mx.nd.ones((2, 3))], label=None, pad=1, index=np.array([4, 5]))
print(batch, batch.pad, batch.index)
desc = mx.io.DataDesc('data', (2, 3), layout='NC')
print(desc, repr(desc), desc.name, desc.shape, desc.dtype, desc.layout)
print(mx.io.DataDesc.get_batch_axis('TNC'), mx.io.DataDesc.get_list([('a', (1, 2))], [('a', np.int32)]))
rs = mx.io.ResizeIter(mx.io.NDArrayIter(data, label, batch_size=4), 5)
print([b.data[0].shape for b in rs])
pf = mx.io.PrefetchingIter(mx.io.NDArrayIter(data, label, batch_size=5))
print([b.label[0].asnumpy().tolist() for b in pf], pf.provide_data)

# RecordIO
record = mx.recordio.MXRecordIO(tmp + '/tmp.rec', 'w')
for i in range(5):
    record.write(('record_%d' % i).encode())
record.close()
record = mx.recordio.MXRecordIO(tmp + '/tmp.rec', 'r')
while True:
    item = record.read()
    if not item:
        break
    print(item)
record.close()
record = mx.recordio.MXIndexedRecordIO(tmp + '/tmp.idx', tmp + '/tmp.rec', 'w')
for i in range(5):
    record.write_idx(i, ('record_%d' % i).encode())
record.close()
record = mx.recordio.MXIndexedRecordIO(tmp + '/tmp.idx', tmp + '/tmp.rec', 'r')
print(record.read_idx(3), record.keys)
record.close()
print(open(tmp + '/tmp.idx').read())
data = b'data'
label1 = 1.0
header1 = mx.recordio.IRHeader(flag=0, label=label1, id=1, id2=0)
s1 = mx.recordio.pack(header1, data)
label2 = [1.0, 2.0, 3.0]
header2 = mx.recordio.IRHeader(flag=3, label=label2, id=2, id2=0)
s2 = mx.recordio.pack(header2, data)
print(s1, s2)
print(mx.recordio.unpack(s1))
print(mx.recordio.unpack(s2))


# image IO: a tiny PNG written by hand, decoded and augmented with mx.image, then read back by ImageIter
def png_bytes(pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))

    def chunk(tag, body):
        return struct.pack('>I', len(body)) + tag + body + struct.pack('>I', zlib.crc32(tag + body) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


imgs = [np.random.randint(0, 256, (10, 12, 3)).astype(np.uint8) for _ in range(4)]
with open(tmp + '/img0.png', 'wb') as f:
    f.write(png_bytes(imgs[0]))
img = mx.image.imdecode(open(tmp + '/img0.png', 'rb').read())
print(img.shape, img.dtype, (img.asnumpy() == imgs[0]).all())
print(mx.image.imread(tmp + '/img0.png', flag=0).shape, mx.image.imread(tmp + '/img0.png', to_rgb=0)[0, 0])
print(mx.image.scale_down((640, 480), (720, 120)), mx.image.resize_short(img, 5).shape)
print(mx.image.fixed_crop(img, 1, 2, 4, 5).asnumpy()[0, 0], mx.image.center_crop(img, (6, 6))[1])
out, rect = mx.image.random_crop(img, (6, 6))
print(out.shape, rect)
print(mx.image.color_normalize(img.astype('float32'), mx.nd.array([100, 110, 120]), mx.nd.array([50, 60, 70]))[0, 0])
augs = mx.image.CreateAugmenter(data_shape=(3, 8, 8), rand_crop=True, rand_mirror=True, mean=True, std=True)
print([type(a).__name__ for a in augs])
x = img.astype('float32')
for a in augs:
    x = a(x)
print(x.shape, x.asnumpy().round(3)[0, 0])
print(mx.image.ForceResizeAug((5, 4))(img).shape, mx.image.CenterCropAug((4, 4))(img).shape)
print(mx.image.HorizontalFlipAug(1.0)(img).asnumpy()[0, 0], mx.image.CastAug()(img).dtype)
print(mx.image.BrightnessJitterAug(0.3)(img.astype('float32')).asnumpy().round(3)[0, 0])
print(mx.image.CreateAugmenter((3, 6, 6), resize=8, rand_crop=True, rand_resize=True, brightness=0.1, contrast=0.1,
                               saturation=0.1, hue=0.1, pca_noise=0.1, rand_gray=0.2, inter_method=1)[-1].dumps())

rec = mx.recordio.MXIndexedRecordIO(tmp + '/img.idx', tmp + '/img.rec', 'w')
for i, im in enumerate(imgs):
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i % 2), i, 0), png_bytes(im)))
rec.close()
it = mx.image.ImageIter(batch_size=3, data_shape=(3, 8, 8), path_imgrec=tmp + '/img.rec', path_imgidx=tmp + '/img.idx',
                        aug_list=[mx.image.CenterCropAug((8, 8))])
for epoch in range(2):
    for batch in it:
        print(epoch, batch.data[0].shape, batch.label[0].asnumpy(), batch.pad, batch.data[0].asnumpy()[:, 0, 0, 0])
    it.reset()
print(it.provide_data, it.provide_label)
it = mx.image.ImageIter(batch_size=2, data_shape=(3, 6, 6), path_imgrec=tmp + '/img.rec', shuffle=False,
                        rand_crop=True, rand_mirror=True, mean=np.array([120, 120, 120]), label_width=1)
print([b.data[0].asnumpy().round(3)[0, :, 0, 0].tolist() for b in it])
lst = tmp + '/img.lst'
with open(lst, 'w') as f:
    for i in range(2):
        mx.image.imread(tmp + '/img0.png')
        f.write('%d\t%f\t%s\n' % (i, float(i), 'img0.png'))
it = mx.image.ImageIter(batch_size=2, data_shape=(3, 10, 12), path_imglist=lst, path_root=tmp)
b = it.next()
print(b.data[0].shape, b.label[0].asnumpy(), b.data[0].asnumpy()[1, :, 0, 0])
