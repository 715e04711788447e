"""image.normalize words its channel and mean/std checks as MXNet (the input's shape, the tuple given, 'second dimension' for a batch), reading mean/std/alpha given as None as a tuple of unknown length."""
import re
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T


def essential(e):
    text = str(e)
    for pattern in (r"(Invalid (mean|std) for input with shape .*)", r"(The (first|second) dimension of input tensor .*)",
                    r"(index = \d+ must be in range .*)", r"(Invalid Parameter format .*)"):
        m = re.search(pattern, text)
        if m:
            return m.group(1)
    return text.splitlines()[0]


def show(f):
    try:
        r = f()
        print("OK", r.shape, r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print("MXNetError:", essential(e))


x, x1, xb = nd.ones((3, 2, 2)), nd.ones((1, 2, 2)), nd.ones((2, 3, 2, 2))
for c in [1, 3, 4, 2]:
    show(lambda: nd.image.normalize(nd.ones((c, 2, 2))))
    show(lambda: nd.image.normalize(nd.ones((c, 2, 2)), mean=0.5))
    show(lambda: nd.image.normalize(nd.ones((2, c, 2, 2)), std=2))
show(lambda: nd.image.normalize(x, mean=None))
show(lambda: nd.image.normalize(x, std=None))
show(lambda: nd.image.normalize(x1, mean=None, std=None))
show(lambda: nd.image.normalize(x, mean=(), std=()))
show(lambda: nd.image.normalize(x, mean='a'))
show(lambda: nd.image.normalize(x, mean=(0.1, 0.2, 0.3), std=(1, 2)))
show(lambda: nd.image.normalize(xb, mean=(0.1, 0.2), std=(1,)))
show(lambda: nd.image.normalize(x, mean=(0.5, 1e-7, 2.25), std=(2, 4, 8)))
show(lambda: T.Normalize(None, 1)(x))
show(lambda: T.Normalize(0, None)(xb))
show(lambda: nd.image.adjust_lighting(nd.ones((2, 2, 3)), alpha=None))
show(lambda: nd.image.adjust_lighting(nd.ones((2, 2, 3)), alpha=(0.1, 0.2)))
