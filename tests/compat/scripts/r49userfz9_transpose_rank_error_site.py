"""transpose of more than 6 dimensions is refused with the source line of MXNet's check: in the imperative error's traceback and, in a symbol's shape inference, after the operator's name."""
import re

import mxnet as mx


def without_time(text):
    return re.sub(r"\[\d\d:\d\d:\d\d\] ", "", text)


try:
    mx.nd.transpose(mx.nd.ones((1,) * 7))
except mx.base.MXNetError as e:
    print(str(e))
try:
    mx.nd.ones((2,) * 8).transpose()
except mx.base.MXNetError as e:
    print(str(e))
flipped = mx.sym.transpose(mx.sym.var("data"), name="flip")
try:
    flipped.infer_shape(data=(1,) * 7)
except mx.base.MXNetError as e:
    print(without_time(str(e)))
try:
    flipped.simple_bind(mx.cpu(), data=(1,) * 7)
except RuntimeError as e:
    print(without_time(str(e)))
