# Integer weights through the optimizers MXNet writes as NDArray arithmetic: its scalar operators cast each scalar to
# the array's integer dtype (Test: rescale_grad 1.0 -> 1; DCASGD: -lr -> 0), so the updates stay integer; the fused
# kernels refuse integer weights (MXNetError). (Nadam is left out: MXNet dies with SIGFPE there.)
import mxnet as mx
from mxnet import nd

for name in ('test', 'dcasgd', 'sgd', 'adam', 'sgld', 'adagrad', 'rmsprop', 'signum', 'ftml', 'lamb'):
    for dtype in ('int32', 'int64', 'uint8'):
        for rescale in (1.0, 2.5, -1.0):
            try:
                updater = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.5, rescale_grad=rescale))
                weight = nd.array([1, 2, 3], dtype=dtype)
                for _ in range(2):
                    updater(0, nd.array([1, 1, 2], dtype=dtype), weight)
                print(name, dtype, rescale, weight.dtype.__name__, weight.asnumpy().tolist())
            except mx.base.MXNetError:
                print(name, dtype, rescale, 'MXNetError')
