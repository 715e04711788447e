"""A script that turns every warning on sees none from a data pipeline (default batchify of NDArrays, numpy arrays and tuples, transforms, samplers, mx.np arrays), as under MXNet."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon.data import ArrayDataset, DataLoader, SimpleDataset
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn
from mxnet.gluon.data.vision import transforms

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    images = mx.nd.array(np.random.RandomState(0).randint(0, 256, (4, 6, 5, 3)), dtype="uint8")
    pipeline = transforms.Compose([transforms.Resize(4), transforms.CenterCrop(3), transforms.ToTensor(),
                                   transforms.Normalize(0.5, 0.25)])
    dataset = ArrayDataset(images, np.arange(4)).transform_first(pipeline)
    for data, label in DataLoader(dataset, batch_size=3, last_batch="keep"):
        print(data.shape, data.dtype.__name__, label.asnumpy().tolist())
    print(default_batchify_fn([mx.nd.ones(2), mx.nd.zeros(2)]).shape)
    print(default_mp_batchify_fn([(np.ones(2), 1), (np.zeros(2), 2)])[0].context)
    print([b.asnumpy().tolist() for b in DataLoader(SimpleDataset([1, 2, 3]).filter(lambda v: v > 1), 1)])
    mx.npx.set_np()
    print(default_batchify_fn([mx.np.ones(2), mx.np.zeros(2)]).shape)
    print(DataLoader(ArrayDataset(mx.np.ones((3, 2)), np.arange(3)), 2).__len__())
    mx.npx.reset_np()
print(sorted({"%s: %s" % (w.category.__name__, w.message) for w in seen}))
