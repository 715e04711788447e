"""MNIST/FashionMNIST/CIFAR10/CIFAR100 download their files from $MXNET_GLUON_REPO (a local server here) when missing
or not the published ones: the URLs asked, the progress lines and retries, the hash mismatch, the files left behind."""
import gzip, io, os, shutil, struct, tarfile, tempfile
from mxnet import gluon
from mxnet.gluon.data.vision import MNIST, FashionMNIST, CIFAR10, CIFAR100

from _http_repo import served, port, server, attempt as _attempt
root = tempfile.mkdtemp()


def attempt(label, fn):
    _attempt(label, fn, root)


def gz(data):
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as f:
        f.write(data)
    return b.getvalue()


def targz(files):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w:gz') as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return b.getvalue()


images = gz(struct.pack('>IIII', 2051, 2, 28, 28) + bytes(range(256)) * 6 + bytes(1568 - 1536))
labels = gz(struct.pack('>II', 2049, 2) + bytes([3, 7]))
served['/gluon/dataset/mnist/t10k-images-idx3-ubyte.gz'] = images
served['/gluon/dataset/mnist/t10k-labels-idx1-ubyte.gz'] = labels
served['/gluon/dataset/cifar10/cifar-10-binary.tar.gz'] = targz([('test_batch.bin', bytes(3073))])

os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:' + port
attempt('mnist train missing', lambda: len(MNIST(root=os.path.join(root, 'm'))))
attempt('mnist test served, other hash', lambda: len(MNIST(root=os.path.join(root, 'm'), train=False)))
attempt('fashion test missing', lambda: len(FashionMNIST(root=os.path.join(root, 'f'), train=False)))
attempt('cifar10 served, other hash', lambda: len(CIFAR10(root=os.path.join(root, 'c10'), train=False)))
attempt('cifar100 missing', lambda: len(CIFAR100(root=os.path.join(root, 'c100'))))

# the served files accepted by download's check (gluon.utils.check_sha1): downloaded once, then read
real_check = gluon.utils.check_sha1
gluon.utils.check_sha1 = lambda path, sha1: True
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%s/' % port
attempt('mnist test accepted', lambda: [(int(y), int(x.asnumpy().sum())) for x, y in MNIST(root=os.path.join(root, 'm2'), train=False)])
attempt('mnist test again', lambda: len(MNIST(root=os.path.join(root, 'm2'), train=False)))
attempt('cifar10 test accepted', lambda: [(int(y), x.shape) for x, y in CIFAR10(root=os.path.join(root, 'c10b'), train=False)])
attempt('cifar10 train after it', lambda: len(CIFAR10(root=os.path.join(root, 'c10b'))))
gluon.utils.check_sha1 = real_check

# the URL built from a repository with a path, and a download into a root given with '~'
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%s/mirror' % port
attempt('fashion mirror', lambda: len(FashionMNIST(root=os.path.join(root, 'f2'))))
server.shutdown()
shutil.rmtree(root)
