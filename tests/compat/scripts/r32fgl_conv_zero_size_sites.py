"""Conv/ConvTranspose layers of a zero kernel, stride or dilation fail when built, led by the line of MXNet's
convolution.cc / deconvolution.cc check for their number of spatial axes."""
# recorded on AVX2
import re

from mxnet.gluon import nn

for d in [1, 2, 3]:
    for kind in ["", "Transpose"]:
        for kwargs in [dict(kernel_size=0), dict(kernel_size=2, strides=0), dict(kernel_size=2, dilation=0)]:
            layer = getattr(nn, f"Conv{d}D{kind}")
            try:
                layer(3, **kwargs)
                print(layer.__name__, kwargs, "built")
            except Exception as e:
                print(layer.__name__, kwargs, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).splitlines()[0]))
