"""amp_cast refuses a type oneDNN lacks at the line NDArray's code includes for its input's type and at the operator's own for its target's, as MXNet does."""
import mxnet as mx
from mxnet import nd


def show(tag, e):
    print(tag, type(e).__name__, " | ".join(line.strip() for line in str(e).strip().splitlines()[:3]))


for src in ['float32', 'float64', 'float16', 'int32', 'int64']:
    for dst in ['float32', 'float64', 'float16', 'int32']:
        x = nd.array([[0.5, 1.3], [0.7, 1.9]], dtype=src)
        try:
            y = nd.amp_cast(x, dtype=dst)
            print(src, dst, y.dtype, y.asnumpy().tolist())
        except mx.base.MXNetError as e:
            show('%s %s' % (src, dst), e)
exe = mx.sym.amp_cast(mx.sym.Variable('x'), dtype='float64').simple_bind(mx.cpu(), x=(2, 2))
try:
    print(exe.forward()[0].asnumpy())
except mx.base.MXNetError as e:
    show('symbol float32 float64', e)
mx.nd.waitall()
