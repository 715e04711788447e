"""amp_cast / amp_multicast on types oneDNN lacks (float64, float16, int64, bool), alone, under record and in a higher-order gradient: MXNet's error with its source line."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def show(e):
    print(type(e).__name__, " | ".join(line.strip() for line in str(e).strip().splitlines()[:3]))


x = nd.array([[0.5, 1.3], [0.7, 1.9]], dtype='float64')
for recording in (False, True):
    try:
        with ag.record(recording):
            y = nd.amp_cast(x, dtype='float16') ** 2
        print(y.asnumpy().tolist())
    except mx.base.MXNetError as e:
        show(e)
x32 = nd.array([[0.5, 1.3], [0.7, 1.9]])
x32.attach_grad()
with ag.record():
    y = nd.amp_cast(x32, dtype='float16') ** 2
    g = ag.grad(y, x32, create_graph=True, retain_graph=True)[0]
print(g.dtype, g.asnumpy().tolist())
try:
    g.backward()
except mx.base.MXNetError as e:
    show(e)
for dtypes in [('float64',), ('float16',), ('int64',), ('float32', 'float64'), ('bool',)]:
    try:
        arrays = [nd.ones((2,), dtype=d) for d in dtypes]
        print(dtypes, nd.amp_multicast(*arrays, num_outputs=len(arrays)))
    except mx.base.MXNetError as e:
        show(e)
for source in ['float16', 'int32', 'uint8', 'int8', 'float64']:
    for target in ['float16', 'float32', 'float64']:
        try:
            print(source, target, nd.amp_cast(nd.ones((2,), dtype=source), dtype=target).dtype)
        except mx.base.MXNetError as e:
            show(e)
