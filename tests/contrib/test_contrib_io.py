"""mx.contrib.io.DataLoaderIter: a Gluon DataLoader as a DataIter."""
import numpy as np

import distnet as mx
from distnet.contrib.io import DataLoaderIter

X = np.arange(20, dtype="float32").reshape(10, 2)
Y = np.arange(10, dtype="float32")


def _iter(batch_size, **kwargs):
    loader = mx.gluon.data.DataLoader(mx.gluon.data.ArrayDataset(X, Y), batch_size=batch_size)
    return DataLoaderIter(loader, **kwargs)


def test_descriptors_come_from_the_first_batch():
    it = _iter(4)
    assert isinstance(it, mx.io.DataIter) and it.batch_size == 4
    assert repr(it.provide_data) == "[DataDesc[data,(4, 2),float32,NCHW]]"
    assert repr(it.provide_label) == "[DataDesc[softmax_label,(4,),float32,NCHW]]"
    it = _iter(5, data_name="x", label_name="y", dtype="float16")
    assert [d.name for d in it.provide_data + it.provide_label] == ["x", "y"]
    batch = next(it)
    assert batch.data[0].dtype == np.float16 and batch.label[0].dtype == np.float16


def test_batches_cover_the_data_and_pad_the_last():
    it = _iter(4)
    batches = list(it)
    assert [b.pad for b in batches] == [0, 0, 2] and all(b.index is None for b in batches)
    assert all(b.data[0].shape == (4, 2) and b.label[0].shape == (4,) for b in batches)
    data = np.concatenate([b.data[0].asnumpy()[:4 - b.pad] for b in batches])
    label = np.concatenate([b.label[0].asnumpy()[:4 - b.pad] for b in batches])
    assert np.array_equal(data, X) and np.array_equal(label, Y)
    it.reset()
    assert np.array_equal(it.next().data[0].asnumpy(), X[:4])


def test_padded_last_batch_is_float32_as_in_mxnet():
    batches = list(_iter(4, dtype="float16"))
    assert batches[0].data[0].dtype == np.float16 and batches[-1].data[0].dtype == np.float32
