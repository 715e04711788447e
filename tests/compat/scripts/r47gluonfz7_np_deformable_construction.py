"""Under npx.set_np() a DeformableConvolution or ModulatedDeformableConvolution is refused at construction unless its padding covers its dilated kernel (the offset Convolution's 0 spatial sizes are known sizes), as MXNet does."""
import mxnet as mx
from mxnet.gluon import contrib


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        text = str(e).split("\n")[0]
        print(label, type(e).__name__, text[:text.find("[")] + text[text.find("]") + 1:][:200])


mx.npx.set_np()
cases = [((3, 3), (1, 1), (1, 1)), ((1, 3), (1, 0), (1, 1)), ((1, 1), (0, 0), (1, 1)), ((3, 3), (2, 2), (1, 1)),
         ((3, 3), (2, 1), (1, 1)), ((2, 2), (1, 1), (1, 1)), ((3, 3), (2, 2), (2, 2)), ((3, 1), (1, 0), (1, 2))]
for kernel, pad, dilation in cases:
    show("v1 %s %s %s" % (kernel, pad, dilation),
         lambda: contrib.cnn.DeformableConvolution(2, kernel, padding=pad, dilation=dilation))
    show("v2 %s %s %s" % (kernel, pad, dilation),
         lambda: type(contrib.cnn.ModulatedDeformableConvolution(2, kernel, padding=pad, dilation=dilation,
                                                                 in_channels=3)).__name__)
mx.npx.reset_np()
show("legacy", lambda: contrib.cnn.DeformableConvolution(2, 3, padding=1))
