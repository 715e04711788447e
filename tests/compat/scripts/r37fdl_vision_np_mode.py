"""MNIST/CIFAR10/CIFAR100 over stand-in files (both check_sha1s patched) under legacy and NumPy semantics: sample, slice,
_data/_label kinds, an int fine_label picking a byte column, transforms and DataLoader batches."""
import gzip, os, shutil, struct, tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.data.vision import MNIST, CIFAR10, CIFAR100, datasets
gluon.utils.check_sha1 = lambda p, s: True
datasets.check_sha1 = lambda p, s: True
root = tempfile.mkdtemp()
def gz(path, data):
    with gzip.open(path, 'wb') as f: f.write(data)
gz(os.path.join(root, 't10k-images-idx3-ubyte.gz'), struct.pack('>IIII', 2051, 2, 28, 28) + bytes(range(256)) * 6 + bytes(32))
gz(os.path.join(root, 't10k-labels-idx1-ubyte.gz'), struct.pack('>II', 2049, 2) + bytes([3, 7]))
rng = np.random.RandomState(0)
for n in ['data_batch_%d.bin' % i for i in range(1, 6)] + ['test_batch.bin']:
    rng.randint(0, 255, size=(2, 3073)).astype(np.uint8).tofile(os.path.join(root, n))
for n in ['train.bin', 'test.bin']:
    rng.randint(0, 255, size=(2, 3074)).astype(np.uint8).tofile(os.path.join(root, n))
def show(label, ds):
    x, y = ds[0]
    print(label, len(ds), type(x).__name__, x.dtype, x.shape, type(y).__name__, y, type(ds._data).__name__, type(ds._label).__name__, ds._label.dtype)
    xs, ys = ds[0:2]
    print('   slice', type(xs).__name__, xs.shape, type(ys).__name__, ys)
for mode in ('nd', 'np'):
    if mode == 'np': mx.npx.set_np()
    show(mode + ' mnist', MNIST(root, train=False))
    show(mode + ' cifar10', CIFAR10(root, train=False))
    show(mode + ' cifar100 fine', CIFAR100(root, fine_label=True))
    show(mode + ' cifar100 fine=2', CIFAR100(root, fine_label=2))
    ds = MNIST(root, train=False, transform=lambda x, y: (x.astype('float32') / 255, y + 1))
    x, y = ds[1]
    print('   transform', type(x).__name__, x.dtype, x.sum().asnumpy().item(), type(y).__name__, y)
    for xb, yb in gluon.data.DataLoader(CIFAR10(root, train=True), batch_size=4):
        print('   loader', type(xb).__name__, xb.shape, xb.dtype, type(yb).__name__, yb.dtype, yb.shape)
shutil.rmtree(root)
