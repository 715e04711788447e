"""NDArrayIter over a CSRNDArray with shuffle reorders it through scipy as MXNet (without scipy: its ImportError);
unshuffled csr batches come out dense, csr with 'pad' or 'roll_over' is refused."""
# recorded on AVX2
import numpy as np

import mxnet as mx

csr = mx.nd.array(np.eye(7, 5)).tostype("csr")
for kwargs in ({"last_batch_handle": "discard"}, {"last_batch_handle": "discard", "shuffle": True},
               {"last_batch_handle": "pad"}, {"last_batch_handle": "roll_over"}):
    np.random.seed(0)
    try:
        it = mx.io.NDArrayIter(csr, np.arange(7), batch_size=3, **kwargs)
        for batch in it:
            print(batch.data[0].stype, batch.data[0].asnumpy().tolist(), batch.label[0].asnumpy().tolist(), batch.pad)
    except Exception as e:
        print(kwargs, type(e).__name__, str(e).split("\n")[0])
