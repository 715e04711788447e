# A Gluon image pipeline on decoded files: ImageFolderDataset / ImageRecordDataset, vision transforms,
# DataLoader batches.
import os
import shutil
import tempfile
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.data.vision import ImageFolderDataset, ImageRecordDataset, transforms
import numpy as np

DATA = os.path.join("..", "..", "image", "data")
root = tempfile.mkdtemp()
for cls, names in (("animals", ["c444.jpg", "prog.jpg", "rgb8.png"]), ("plants", ["gray.jpg", "pal8.png"])):
    os.mkdir(os.path.join(root, cls))
    for name in names:
        shutil.copy(os.path.join(DATA, name), os.path.join(root, cls, name))
ds = ImageFolderDataset(root)
print(ds.synsets, len(ds), [os.path.basename(p) for p, _ in ds.items])
img, label = ds[0]
print(img.shape, img.dtype, label, int(img.asnumpy().astype(np.int64).sum()))
print(ImageFolderDataset(root, flag=0)[3][0].shape)
tf = transforms.Compose([transforms.Resize(20), transforms.CenterCrop(16), transforms.ToTensor(),
                         transforms.Normalize((0.5, 0.5, 0.5), (0.25, 0.25, 0.25))])
loader = gluon.data.DataLoader(ds.transform_first(tf), batch_size=2, shuffle=False, last_batch="keep")
for x, y in loader:
    print(x.shape, x.dtype, np.round(float(x.asnumpy().astype(np.float64).sum()), 3), y.asnumpy().tolist())
rec = ImageRecordDataset(os.path.join(DATA, "small.rec"))
print(len(rec), [(rec[i][0].shape, rec[i][1]) for i in range(len(rec))])
loader = gluon.data.DataLoader(rec.transform_first(transforms.Compose([transforms.Resize((12, 10)), transforms.ToTensor()])),
                               batch_size=4, last_batch="rollover")
for x, y in loader:
    print(x.shape, np.round(float(x.asnumpy().astype(np.float64).sum()), 3), y.asnumpy().tolist())
shutil.rmtree(root)
