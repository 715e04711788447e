"""CTCLoss with a label outside the classes (a -1 pad under blank_label='first', a class past the last) reads its probability from the neighbouring row as MXNet's kernel does: costs and gradients."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

x = nd.array(np.random.RandomState(0).uniform(-2, 2, (5, 2, 4)))
for lab, kw in [([[1, 2, -1], [2, 3, 1]], {}), ([[1, -1, 2], [2, 3, 1]], {}), ([[1, 2, 0], [2, 3, 1]], {}),
                ([[1, 2, -1], [2, 3, 1]], {"blank_label": "last"}), ([[1, 2, 0], [2, 1, -1]], {"blank_label": "last"}),
                ([[1, 2, 5], [2, 3, 1]], {}), ([[1, 2, 4], [2, 3, 1]], {}), ([[1, 2, -2], [2, 3, 1]], {}),
                ([[1, 2, -1], [2, 3, 1]], {"use_label_lengths": True})]:
    args = [x, nd.array(lab)] + ([nd.array([3, 2])] if kw.get("use_label_lengths") else [])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.CTCLoss(*args, **kw)
    y.backward()
    print(lab, kw, y.asnumpy().tolist())
    print("  grad", x.grad.asnumpy().ravel()[:16].tolist())
