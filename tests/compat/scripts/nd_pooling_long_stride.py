import mxnet as mx
x = mx.nd.arange(16).reshape((1, 1, 4, 4))
for kw in [dict(kernel=(2, 2), stride=(1, 1, 1)), dict(kernel=(2, 2), pad=(1, 1, 1)), dict(kernel=(2, 2), stride=(2,)), dict(kernel=(2, 2), stride=(1, 2, 3), pool_type='avg')]:
    try: print(kw, mx.nd.Pooling(x, **kw).asnumpy().tolist())
    except Exception as e: print(kw, type(e).__name__)
net = mx.gluon.nn.Conv2D(2, 3, layout='NHWC', in_channels=1); net.initialize(); net.hybridize()
