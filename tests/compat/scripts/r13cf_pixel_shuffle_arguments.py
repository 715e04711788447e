"""PixelShuffle1D/2D/3D take one factor: argument errors name the class itself, as MXNet's own __init__ does."""
from mxnet.gluon.contrib import nn
for cls in (nn.PixelShuffle1D, nn.PixelShuffle2D, nn.PixelShuffle3D):
    for f in (lambda: cls(), lambda: cls(2, prefix='a'), lambda: cls(factor=2, x=1), lambda: repr(cls(2))):
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
