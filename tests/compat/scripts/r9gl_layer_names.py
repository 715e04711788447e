"""Layer names a script sees after constructors MXNet refuses (the refusal may or may not take a name)."""
import mxnet as mx

nn = mx.gluon.nn

for make in (lambda: nn.Conv2D(4, 3, layout="NCW"), lambda: nn.Conv1D(4, 3, layout="NWC"),
             lambda: nn.Conv3D(4, 3, layout="NCHW"), lambda: nn.Conv2D(4, (3, 3, 3)),
             lambda: nn.Conv2D(4, 3, strides=(1, 1, 1))):
    try:
        make()
    except Exception as e:
        print("bad conv raises", type(e).__name__)
    print("next conv is", nn.Conv2D(1, 1).name)

for make in (lambda: nn.MaxPool2D(layout="NCW"), lambda: nn.MaxPool1D(layout="NCHW"),
             lambda: nn.AvgPool3D(layout="NHWC"), lambda: nn.GlobalMaxPool2D(layout="NCW"),
             lambda: nn.MaxPool2D((2, 2, 2))):
    try:
        make()
    except Exception as e:
        print("bad pool raises", type(e).__name__)
    print("next pool is", nn.MaxPool2D().name)

for make in (lambda: nn.ReflectionPad2D((1, 2)), lambda: nn.ReflectionPad2D("a"),
             lambda: nn.LeakyReLU("a"), lambda: nn.LeakyReLU(float("nan")), lambda: nn.LeakyReLU(-0.5)):
    try:
        print(make())
    except Exception as e:
        print("refused:", type(e).__name__, str(e))
print("next names", nn.ReflectionPad2D().name, nn.LeakyReLU(0.1).name)
