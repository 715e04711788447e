"""Convolutions built with channels=-1 (MXNet's unknown size): repr, parameter shapes, and the forward refusal."""
import mxnet as mx

nn = mx.gluon.nn

for make in (lambda: nn.Conv2D(-1, 3), lambda: nn.Conv2D(-1, 3, in_channels=2), lambda: nn.Conv2DTranspose(-1, 3),
             lambda: nn.Conv1D(-1, 3, use_bias=False), lambda: nn.Conv3D(-1, 1), lambda: nn.Conv2D(-1, 3, groups=2),
             lambda: nn.Conv1D(-2, 3)):
    try:
        conv = make()
    except mx.base.MXNetError:
        print("refused at construction")
        continue
    print(conv, [p.shape for p in conv.collect_params().values()])
    conv.initialize()
    for hybridize in (False, True):
        conv.hybridize(hybridize)
        try:
            conv(mx.nd.ones((1, 2, 4, 4, 4)[:len(conv.weight.shape)]))
        except ValueError as e:
            print("forward refused:", str(e).replace("\n", " "))
