"""A channel-last convolution whose kernel exceeds its first input fails its deferred initialisation, as channel-first ones do."""
import mxnet as mx

nn = mx.gluon.nn
for make, shape in ((lambda: nn.Conv2D(2, (3, 2), dilation=2, layout="NHWC"), (2, 3, 4, 2)),
                    (lambda: nn.Conv3D(4, (3, 3, 2), padding=(0, 1, 0), dilation=(2, 1, 2), layout="NDHWC"),
                     (1, 4, 3, 5, 1)),
                    (lambda: nn.Conv2D(2, 3, layout="NHWC", groups=2), (1, 4, 4, 3)),
                    (lambda: nn.Conv2D(2, 3, layout="NHWC"), (1, 3, 3, 2))):
    for hybrid in (False, True):
        net = make()
        net.initialize()
        if hybrid:
            net.hybridize()
        try:
            y = net(mx.nd.ones(shape))
            print("ok", y.shape, net.weight.shape)
        except ValueError as e:
            print("ValueError", str(e).split(".")[0])
        except mx.base.MXNetError:
            print("MXNetError")
        print(net.weight.shape)
