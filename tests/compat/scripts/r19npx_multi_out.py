"""npx operators with several outputs given out= as a list or tuple: each array is checked in its place (its
index in MXNet's words), a short or long list is refused by the output count, a right one is written and the
list given is returned."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1.5, -2., 0., 1.], [3., -0.5, 4., 2.]])
g4, z4 = np.ones(4), np.zeros(4)
calls = {
    "topk both": (lambda o: npx.topk(x, k=2, ret_typ="both", out=o), [(2, 2), (2, 2)]),
    "batch_norm with statistics": (lambda o: npx.batch_norm(x, g4, z4, z4, g4, output_mean_var=True, out=o),
                                   [(2, 4), (4,), (4,)]),
    "layer_norm with statistics": (lambda o: npx.layer_norm(x, g4, z4, output_mean_var=True, out=o),
                                   [(2, 4), (2, 1), (2, 1)]),
    "rnn with states": (lambda o: npx.rnn(x.reshape((2, 1, 4)), np.ones(27), np.zeros((1, 1, 3)), state_size=3,
                                          num_layers=1, mode="rnn_tanh", state_outputs=True, out=o),
                        [(2, 1, 3), (1, 1, 3)]),
}


def show(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, [(a.shape, str(a.dtype), a.asnumpy().ravel()[:2].tolist()) for a in r])
    except Exception as e:
        print(label, "->", words(e))


for name, (call, shapes) in calls.items():
    show(f"{name} list", lambda: call([np.zeros(s) for s in shapes]))
    show(f"{name} tuple", lambda: call(tuple(np.zeros(s) for s in shapes)))
    show(f"{name} one array", lambda: call(np.zeros(shapes[0])))
    show(f"{name} short list", lambda: call([np.zeros(shapes[0])]))
    show(f"{name} wrong second shape", lambda: call([np.zeros(shapes[0])] + [np.zeros((7,)) for s in shapes[1:]]))
    show(f"{name} wrong second dtype", lambda: call([np.zeros(shapes[0])] + [np.zeros(s, dtype="float64")
                                                                             for s in shapes[1:]]))
    show(f"{name} legacy arrays", lambda: call([mx.nd.zeros(s) for s in shapes]))
    show(f"{name} numpy arrays", lambda: call([onp.zeros(s) for s in shapes]))
    outs = [np.zeros(s) for s in shapes]
    print(name, "returns the list given:", call(outs) is outs)
