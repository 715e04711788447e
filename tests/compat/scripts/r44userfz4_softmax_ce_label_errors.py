"""nd.softmax_cross_entropy's shape checks (data rank, label rank, a batch size the label disagrees with) print their source lines, as MXNet's do."""
import mxnet as mx
from mxnet import nd

logits = nd.array([[1.0, 2.0, 3.0], [3.0, 1.0, 0.5]])
print(nd.softmax_cross_entropy(logits, nd.array([2, 0])))
for data, label in [(logits, nd.array([0, 1, 2])),          # a label per class instead of per sample
                    (logits, nd.array([[2, 0]])),            # a 2-D label
                    (nd.ones((2, 3, 4)), nd.array([1, 2])),  # a 3-D input
                    (nd.ones((4, 3)), nd.array([1]))]:
    try:
        nd.softmax_cross_entropy(data, label)
    except mx.base.MXNetError as e:
        print(type(e).__name__, e)
