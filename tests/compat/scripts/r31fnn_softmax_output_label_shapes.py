"""SoftmaxOutput with multi_output refuses a label of another shape as MXNet prints it (MXNetError: Expecting ... But got ...), for any shapes."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym

for data, label in [((2, 3, 4), (2, 3)), ((2, 3, 4), (2, 3, 5)), ((4, 5, 2, 2), (4, 5)), ((3, 2), (2,)), ((2, 6, 1), (2, 6))]:
    try:
        y = nd.SoftmaxOutput(nd.ones(data), nd.ones(label), multi_output=True)
        print(data, label, y.shape)
    except Exception as e:
        print(data, label, type(e).__name__, str(e).splitlines()[0])
try:
    sym.SoftmaxOutput(sym.var("a"), sym.var("b"), multi_output=True, name="so").infer_shape(a=(2, 3, 4), b=(2, 3))
except Exception as e:
    print("symbol", type(e).__name__, str(e).splitlines()[0])
