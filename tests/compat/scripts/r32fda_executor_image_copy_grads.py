"""In a bound executor, the copying backward of image.to_tensor and image.resize writes the head gradient's memory into the input gradient (failing on a size mismatch), as MXNet's graph executor does; autograd still refuses the shape."""
# recorded on AVX2
import numpy as np
import mxnet as mx

x = mx.nd.array(np.random.RandomState(0).randint(0, 256, (4, 5, 3)), dtype='float32')
data = mx.sym.var('data')
graphs = [("to_tensor", mx.sym.image.to_tensor(data)),
          ("resize same size", mx.sym.image.resize(data, size=(4, 5), interp=0)),
          ("resize transposed", mx.sym.image.resize(data, size=(5, 4))),
          ("resize smaller", mx.sym.image.resize(data, size=(3, 2))),
          ("to_tensor * 2", mx.sym.image.to_tensor(data) * 2),
          ("flip then to_tensor", mx.sym.image.to_tensor(mx.sym.image.flip_left_right(data)))]
for name, sym in graphs:
    for req in ("write", "add") if name != "resize smaller" else ("write",):
        try:
            ex = sym.simple_bind(mx.cpu(), data=x.shape, grad_req=req)
            ex.arg_dict['data'][:] = x
            out = ex.forward(is_train=True)[0]
            ex.backward(mx.nd.arange(out.size).reshape(out.shape))
            grad = ex.grad_dict['data']
            print(name, req, out.shape, grad.shape, grad.asnumpy().ravel()[::7].tolist())
        except Exception as e:
            print(name, req, type(e).__name__, str(e).split('\n')[-1][:120] or str(e).split('\n')[0])

x.attach_grad()
for name, fn in [("to_tensor", mx.nd.image.to_tensor), ("resize", lambda v: mx.nd.image.resize(v, size=(5, 4)))]:
    try:
        with mx.autograd.record():
            y = fn(x)
        y.backward()
        print(name, "autograd", x.grad.shape)
    except Exception as e:
        print(name, "autograd", type(e).__name__, "Incompatible attr" in str(e))
