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
