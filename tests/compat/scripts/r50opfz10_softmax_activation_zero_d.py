"""SoftmaxActivation of a 0-d array under NumPy shapes keeps its shape (its one value a row), and its backward kernel refuses 0-d and 1-d data at the axis it reads first, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
mx.util.set_np_shape(True)
mx.util.set_np_shape(False)
for v in [[2.5, 1.0]]:
    x = nd.array(v); x.attach_grad()
    with autograd.record():
        y = nd.SoftmaxActivation(x)
    y.backward()
    try:
        print(x.grad.asnumpy().tolist())
    except mx.MXNetError as e:
        print("1-d", str(e).split("\n")[-1])
mx.util.set_np_shape(True)
for v in [2.5, float('nan'), float('inf'), -0.0]:
    for mode in ['instance', 'channel']:
        x = nd.array(v); x.attach_grad()
        try:
            with autograd.record():
                y = nd.SoftmaxActivation(x, mode=mode)
            print(mode, v, y.shape, y.asnumpy().tolist())
            y.backward()
            print(x.grad.asnumpy().tolist())
        except mx.MXNetError as e:
            print(mode, v, 'err', str(e).split('\n')[-1])
print(nd.SoftmaxActivation(nd.array(1.0), out=nd.array(5.0)).asnumpy().tolist())
