"""An LSTM's cell clipping: ignored by the float32 kernel, refused at the call by the native kernel (other dtypes,
projections) with the same words in a hybridized layer, and refused by bind/simple_bind for a symbol, as MXNet."""
import mxnet as mx
from mxnet import gluon, nd
from _words import words


def shapes(out):
    return [shapes(o) for o in out] if isinstance(out, (list, tuple)) else out.shape


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", shapes(out))
    except Exception as e:
        print(label, "->", words(e))


for proj in (None, 2):
    for dtype in ("float32", "float64"):
        for hybrid in (False, True):
            for clip in ((-1, 1), (None, 0.5), (-0.5, None)):
                net = gluon.rnn.LSTM(3, projection_size=proj, state_clip_min=clip[0], state_clip_max=clip[1],
                                     input_size=4, dtype=dtype)
                net.initialize(mx.init.Constant(0.1))
                if hybrid:
                    net.hybridize()
                attempt(f"LSTM proj={proj} {dtype} hybrid={hybrid} clip={clip}",
                        lambda: net(nd.ones((3, 2, 4), dtype=dtype), net.begin_state(2, dtype=dtype)))

rnn = mx.sym.RNN(mx.sym.var("data"), state_size=3, num_layers=1, mode="lstm", name="r", lstm_state_clip_min=-1,
                 lstm_state_clip_max=1)
for dtype in ("float32", "float64"):
    try:
        ex = rnn.simple_bind(mx.cpu(), data=(2, 2, 4), type_dict={"data": dtype})
        print("simple_bind", dtype, "-> bound", ex.forward()[0].shape)
    except Exception as e:
        print("simple_bind", dtype, "->", type(e).__name__, str(e).splitlines()[0], "|",
              "LSTM state clipping is only supported for GPU with CuDNN later than 7.2.1" in str(e))
    args = {"data": nd.ones((2, 2, 4), dtype=dtype), "r_parameters": nd.ones((108,), dtype=dtype),
            "r_state": nd.ones((1, 2, 3), dtype=dtype), "r_state_cell": nd.ones((1, 2, 3), dtype=dtype)}
    attempt(f"bind {dtype}", lambda: rnn.bind(mx.cpu(), args).forward())
