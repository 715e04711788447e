"""gluon.utils.split_data's uneven-split refusal prints num_slice and batch_axis as integers, as MXNet's %d does."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import utils

for args in [(nd.arange(5), 2.0), (nd.arange(12).reshape((2, 6)), 5, 1.0), (nd.arange(7), 3, 0, True), (nd.arange(6), 4.5)]:
    try:
        print([s.shape for s in utils.split_data(*args)])
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    utils.split_and_load(nd.arange(5), [mx.cpu(0), mx.cpu(1)])
except ValueError as e:
    print(e)
print([s.asnumpy().tolist() for s in utils.split_and_load(nd.arange(5), [mx.cpu(0), mx.cpu(1)], even_split=False)])
