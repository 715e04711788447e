"""The text "None" given to an optional enumerated parameter (a convolution's or pooling's layout) is read as None, the default layout of the kernel's rank; other spellings are refused."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd

x = nd.ones((1, 1, 4, 4))
for layout in ["None", None, "NCHW", "none", "NONE", "None "]:
    for label, call in [
            ("Convolution", lambda: nd.Convolution(x, nd.ones((2, 1, 2, 2)), nd.ones(2), kernel=(2, 2), num_filter=2,
                                                   layout=layout)),
            ("Deconvolution", lambda: nd.Deconvolution(x, nd.ones((1, 2, 2, 2)), kernel=(2, 2), num_filter=2,
                                                       layout=layout, no_bias=True)),
            ("Pooling", lambda: nd.Pooling(x, kernel=(2, 2), layout=layout))]:
        try:
            print(label, repr(layout), call().shape)
        except Exception as e:
            print(label, repr(layout), type(e).__name__, str(e))
s = mx.sym.Convolution(mx.sym.var("x"), kernel=(2, 2), num_filter=1, layout="None", name="c")
print(s.list_attr(), s.infer_shape(x=(1, 1, 4, 4))[1])
x.attach_grad()
with autograd.record():
    y = nd.Pooling(x, kernel=(2, 2), layout="None")
y.backward()
print(x.grad.sum().asscalar())
