"""CTCLoss with its length inputs: values and gradients for each flag and blank position, shape inference with
lengths left unknown, and a float64 loss whose backward keeps the forward's type failure."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

rng = np.random.RandomState(3)
data = rng.uniform(-1, 1, (6, 2, 5))


def loss(label, *lengths, head=None, dtype="float32", **flags):
    x = nd.array(data, dtype=dtype)
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.CTCLoss(x, nd.array(label, dtype=dtype), *[nd.array(v, dtype=dtype) for v in lengths], **flags)
        y.backward(None if head is None else nd.array(head, dtype=dtype))
        return f"{y.asnumpy().round(4).tolist()} {x.grad.asnumpy()[:, :, :3].round(4).tolist()}"
    except Exception as e:
        return words(e)


print("first", loss([[1, 2, 0], [3, 0, 0]]))
print("first head", loss([[1, 2, 0], [3, 0, 0]], head=[2.0, -1.0]))
print("last", loss([[1, 2, -1], [3, 0, -1]], blank_label="last"))
print("data lengths", loss([[1, 2, 0], [3, 0, 0]], [4, 6], use_data_lengths=True))
print("label lengths", loss([[1, 2, 3], [3, 1, 2]], [2, 3], use_label_lengths=True))
print("both last", loss([[1, 2, 3], [3, 1, 2]], [5, 6], [3, 1], use_data_lengths=True, use_label_lengths=True,
                        blank_label="last"))
print("float64", loss([[1, 2, 0], [3, 0, 0]], dtype="float64"))
print("float64 lengths", loss([[1, 2, 0], [3, 0, 0]], [4, 6], dtype="float64", use_data_lengths=True))
d, l, dl, ll = (mx.sym.var(n) for n in ("d", "l", "dl", "ll"))
for flags, inputs, given in [({"use_data_lengths": True}, {"data_lengths": dl}, {}),
                             ({"use_label_lengths": True}, {"label_lengths": ll}, {}),
                             ({"use_data_lengths": True, "use_label_lengths": True},
                              {"data_lengths": dl, "label_lengths": ll}, {"dl": (2,)}),
                             ({"use_data_lengths": True, "use_label_lengths": True},
                              {"data_lengths": dl, "label_lengths": ll}, {"dl": (2,), "ll": (2,)}),
                             ({"use_data_lengths": True}, {"data_lengths": dl}, {"dl": (3,)})]:
    s = mx.sym.CTCLoss(d, l, **inputs, **flags)
    try:
        print(flags, sorted(given), s.infer_shape(d=(6, 2, 5), l=(2, 3), **given))
    except Exception as e:
        print(flags, sorted(given), words(e))
    try:
        print(flags, "partial", s.infer_shape_partial(d=(6, 2, 5), l=(2, 3)))
    except Exception as e:
        print(flags, "partial", words(e))
