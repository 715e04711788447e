"""fft, ifft and count_sketch have no CPU kernel in MXNet 1.9.1, yet their symbols infer shapes and types; running
them fails."""
import mxnet as mx

v = mx.sym.var
with mx.name.NameManager():
    print(mx.sym.contrib.fft(v("d")).infer_shape(d=(2, 4)))
    print(mx.sym.contrib.ifft(v("d")).infer_shape(d=(2, 5)))
    print(mx.sym.contrib.fft(v("d")).infer_type(d="float64"))
    print(mx.sym.contrib.count_sketch(v("d"), v("h"), v("s"), out_dim=5).infer_shape(d=(2, 4), h=(1, 4), s=(1, 4)))
for f in (lambda: mx.nd.contrib.fft(mx.nd.ones((2, 4))), lambda: mx.nd.contrib.ifft(mx.nd.ones((2, 4))),
          lambda: mx.nd.contrib.count_sketch(mx.nd.ones((2, 4)), mx.nd.ones((1, 4)), mx.nd.ones((1, 4)), out_dim=5)):
    try:
        f().asnumpy()
    except mx.base.MXNetError as e:
        print("MXNetError", str(e).strip().split("\n")[-1].split(": ")[-1])
