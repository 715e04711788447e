# Casting a network whose parameters wait for deferred initialisation, then running it in that dtype.
import mxnet as mx

for hyb in (False, True):
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Conv2D(4, 3), mx.gluon.nn.BatchNorm(), mx.gluon.nn.Dense(3))
    net.initialize(mx.init.One())
    if hyb:
        net.hybridize()
    net.cast('float64')
    x = mx.nd.arange(50, dtype='float64').reshape((2, 1, 5, 5)) / 7
    with mx.autograd.record():
        y = net(x)
    y.backward()
    print(hyb, y.dtype, [round(v, 12) for v in y.asnumpy().ravel().tolist()])    # last bits: the CPU's BLAS
    print(sorted((k, str(v.dtype), str(v.grad().dtype)) for k, v in net.collect_params().items()
                 if v.grad_req != 'null'))

for hyb in (False, True):
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.BatchNorm(), mx.gluon.nn.LayerNorm())
    net.initialize()
    if hyb:
        net.hybridize()
    net.cast('float16')
    with mx.autograd.record():
        y = net(mx.nd.arange(12, dtype='float16').reshape((2, 3, 2)))
    y.backward()
    print(hyb, y.dtype, y.asnumpy().ravel().tolist())
    print(sorted((k, str(v.dtype)) for k, v in net.collect_params().items()))
