"""Layer arguments MXNet's operators read as text ('1' is 1) or refuse when the layer is built (groups=1.0, in_channels=2.0, output_padding=1.0)."""
import mxnet as mx

nn = mx.gluon.nn
for make in ("nn.Conv2D(2, 3, groups='1')", "nn.Conv2D(4, 3, groups='2', in_channels=2)", "nn.Conv2D(2, 3, groups=1.0)",
             "nn.Conv2D(2, 3, groups=True)", "nn.Conv2D(2, 3, groups='1.0')", "nn.Conv2D(2, 3, in_channels=2.0)",
             "nn.Conv2D(2, 3, in_channels='2')", "nn.Conv2D(2, 3, in_channels=None)", "nn.Conv2D(2, 3, in_channels=-1)",
             "nn.Conv2D(2, 3, in_channels=-2)", "nn.Conv2DTranspose(2, 3, in_channels=-1)",
             "nn.Conv2D(4, 3, in_channels=-1, groups=2)", "nn.Conv2DTranspose(2, 3, output_padding=1.0, strides=2)",
             "nn.Conv2DTranspose(2, 3, output_padding=(0, None))", "nn.Conv2DTranspose(2, 3, output_padding=True, strides=2)",
             "nn.BatchNorm(axis='1')", "nn.BatchNorm(axis='-1')", "nn.LayerNorm(axis='1')", "nn.InstanceNorm(axis='2')",
             "nn.InstanceNorm(axis='1', scale=True)"):
    try:
        net = eval(make)
        print(net, [p.shape for p in net.collect_params().values()])
        net.initialize()
        y = net(mx.nd.arange(32).reshape((1, 2, 4, 4)) / 8)
        print(y.shape, [p.shape for p in net.collect_params().values()])
        print(y.asnumpy().ravel()[:6].tolist() if "Conv" not in make else "")
    except mx.base.MXNetError as e:
        print("MXNetError", "Invalid Parameter format" in str(e) or "Invalid attribute" in str(e) or "dim size" in str(e))
