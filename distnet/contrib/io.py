"""``mx.contrib.io``: a Gluon DataLoader served as a ``DataIter``, for Module training."""
from .. import ndarray as nd
from ..io import DataDesc, DataIter


class DataLoaderIter(DataIter):
    """Iterate a ``gluon.data.DataLoader`` of (data, label) batches as DataBatches.

    The batch size, shapes and descriptors come from the loader's first batch; a shorter last
    batch is padded to the batch size (``DataBatch.pad`` tells how many rows are padding).
    """

    def __init__(self, loader, data_name="data", label_name="softmax_label", dtype="float32"):
        super().__init__()
        self._loader = loader
        data, label = next(iter(loader))
        self.batch_size, self.dtype = data.shape[0], dtype
        self.provide_data = [DataDesc(data_name, data.shape, dtype)]
        self.provide_label = [DataDesc(label_name, label.shape, dtype)]
        self._current_batch = None
        self.reset()

    def reset(self):
        self._iter = iter(self._loader)

    def iter_next(self):
        self._current_batch = next(self._iter, None)
        return self._current_batch is not None

    def _padded(self, arr):
        if not self.getpad():
            return [arr.astype(self.dtype)]
        # as MXNet: the padded batch is a fresh float32 array whatever ``dtype`` says
        out = nd.zeros((self.batch_size,) + arr.shape[1:], ctx=arr.ctx)
        out[:arr.shape[0]] = arr.astype(self.dtype)
        return [out]

    def getdata(self):
        return self._padded(self._current_batch[0])

    def getlabel(self):
        return self._padded(self._current_batch[1])

    def getpad(self):
        return self.batch_size - self._current_batch[0].shape[0]

    def getindex(self):
        return None
