"""CIFAR10/CIFAR100 over binary batch files written here: MXNet reads them only when every published file (train
and test alike) passes its datasets module's check_sha1, patched here; otherwise it goes for the archive, which
gluon.utils.check_sha1 vets, and without it fails to download (ConnectionError)."""
# recorded on AVX2
import contextlib
import io
import os
import tarfile
import tempfile

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.data.vision import CIFAR10, CIFAR100, datasets, transforms
from _words import words

root = tempfile.mkdtemp()
os.environ["MXNET_GLUON_REPO"] = "http://127.0.0.1:1/"      # refuses connections: downloads fail at once
rng = np.random.RandomState(23)


def write_batches(folder, names, label_bytes, sizes):
    os.makedirs(folder, exist_ok=True)
    for name, n in zip(names, sizes):
        labels = rng.randint(0, 20 if label_bytes == 2 else 10, size=(n, label_bytes))
        if label_bytes == 2:
            labels[:, 1] = rng.randint(0, 100, size=n)
        rows = np.concatenate([labels, rng.randint(0, 256, size=(n, 3072))], axis=1).astype(np.uint8)
        rows.tofile(os.path.join(folder, name))


C10 = ["data_batch_%d.bin" % i for i in range(1, 6)] + ["test_batch.bin"]
C100 = ["train.bin", "test.bin"]
write_batches(os.path.join(root, "c10"), C10, 1, [2, 3, 1, 2, 2, 4])
write_batches(os.path.join(root, "c100"), C100, 2, [5, 3])


def attempt(label, make):
    try:
        with contextlib.redirect_stdout(io.StringIO()):     # MXNet's download attempts print their progress
            result = make()
    except Exception as e:      # a failed download: requests' ConnectionError, whose message names the host
        result = type(e).__name__ if type(e).__name__ == "ConnectionError" else words(e)
    print(label, "->", result)


def show(ds):
    x, y = ds[0]
    xs, ys = ds[1:3]
    last = ds[-1][0].asnumpy()
    return (len(ds), type(x).__name__, x.shape, x.dtype.__name__, type(y).__name__, int(y), int(x.asnumpy().sum()),
            xs.shape, ys.tolist(), ys.dtype, int(last[5, 7, 1]), ds._data.shape, ds._label.dtype)


checked = []
datasets.check_sha1 = lambda path, sha1: checked.append(os.path.basename(path)) or True
cases = [
    ("cifar10 train", lambda: CIFAR10(root=os.path.join(root, "c10"))),
    ("cifar10 test", lambda: CIFAR10(root=os.path.join(root, "c10"), train=False)),
    ("cifar100 coarse", lambda: CIFAR100(root=os.path.join(root, "c100"))),
    ("cifar100 fine", lambda: CIFAR100(root=os.path.join(root, "c100"), fine_label=True)),
    ("cifar100 fine test", lambda: CIFAR100(root=os.path.join(root, "c100"), fine_label=True, train=False)),
    ("cifar100 positional", lambda: CIFAR100(os.path.join(root, "c100"), False, False)),
]
for label, make in cases:
    del checked[:]
    attempt(label, lambda: show(make()))
    print("  checked", checked)
to_tensor = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5, 0.4, 0.3), (0.2, 0.2, 0.2))])
ds = CIFAR10(root=os.path.join(root, "c10"), train=False).transform_first(to_tensor)
for x, y in gluon.data.DataLoader(ds, batch_size=3, last_batch="keep"):
    print(x.shape, x.dtype.__name__, y.asnumpy().tolist(), np.round(x.asnumpy()[:, :, 4, 9], 4).tolist())
lazy = CIFAR10(root=os.path.join(root, "c10"), transform=lambda x, y: (x.astype("float32").mean().asscalar(), y + 1))
print([(round(float(m), 3), int(y)) for m, y in (lazy[i] for i in range(len(lazy)))])

# a missing test batch makes MXNet go for the archive even when the training set is read
os.rename(os.path.join(root, "c10", "test_batch.bin"), os.path.join(root, "gone.bin"))
del checked[:]
attempt("cifar10 train, test batch missing", lambda: show(CIFAR10(root=os.path.join(root, "c10"))))
print("  checked", checked)
os.rename(os.path.join(root, "gone.bin"), os.path.join(root, "c10", "test_batch.bin"))

# a wrong size is numpy's reshape error
with open(os.path.join(root, "c10", "test_batch.bin"), "ab") as f:
    f.write(b"\0" * 10)
attempt("cifar10 test, 10 bytes too many", lambda: show(CIFAR10(root=os.path.join(root, "c10"), train=False)))
with open(os.path.join(root, "c100", "train.bin"), "wb") as f:
    f.write(b"\0" * 3073 * 2)
attempt("cifar100 given cifar10 records", lambda: show(CIFAR100(root=os.path.join(root, "c100"))))
open(os.path.join(root, "c100", "train.bin"), "wb").close()
attempt("cifar100 empty train file", lambda: len(CIFAR100(root=os.path.join(root, "c100"))))

# only gluon.utils.check_sha1 accepts them: the files are refused, and no archive is there
datasets.check_sha1 = lambda path, sha1: False
gluon.utils.check_sha1 = lambda path, sha1: True
attempt("cifar10 files unpublished", lambda: show(CIFAR10(root=os.path.join(root, "c10"))))
attempt("cifar100 files unpublished", lambda: show(CIFAR100(root=os.path.join(root, "c100"))))

# the archive under its published name (vetted by gluon.utils.check_sha1) is unpacked into root
packed = os.path.join(root, "packed")
os.makedirs(packed)
write_batches(os.path.join(root, "src"), C10, 1, [1, 1, 1, 1, 1, 2])
with tarfile.open(os.path.join(packed, "cifar-10-binary.tar.gz"), "w:gz") as tar:
    for name in C10:
        tar.add(os.path.join(root, "src", name), arcname=name)
attempt("cifar10 from the archive", lambda: show(CIFAR10(root=packed, train=False)))
print(sorted(os.listdir(packed)))
