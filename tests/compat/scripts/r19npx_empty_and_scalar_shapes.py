"""npx layers on empty and 0-d shapes: topk along an empty axis (k of 0 or below takes it whole, more is
refused), rnn over an empty sequence, fully_connected of an empty batch, of rows without units (refused when
read) and of 0-d data, and embedding of a single index."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        rs = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", type(r).__name__, [(a.shape, str(a.dtype), a.asnumpy().ravel().tolist()[:4]) for a in rs])
    except Exception as e:
        print(label, "->", words(e))


weight = np.arange(15.).reshape(5, 3)
for index in [np.array(2), np.array(2.7), np.array(-1), np.zeros((0,)), np.zeros((2, 0))]:
    show(f"embedding {index.shape} {index.tolist()}",
         lambda: npx.embedding(index, weight, input_dim=5, output_dim=3))
for dtype in ["float64", "float32"]:      # (after its kernel error MXNet refuses the next read)
    r = npx.fully_connected(np.ones((2, 0), dtype=dtype), np.ones((5, 0), dtype=dtype), np.ones(5, dtype=dtype),
                            num_hidden=5)
    print("fully_connected rows of no units", dtype, "returned", r.shape)
    show("  read", lambda: (r.asnumpy(), r)[1])
for shape in [(2, 0), (0, 3), (0,), (2, 0, 3)]:
    for axis in [None, -1, 0]:
        for k in [0, 1, -1]:
            for ret in ["indices", "both", "mask"]:
                show(f"topk {shape} axis={axis} k={k} {ret}",
                     lambda: npx.topk(np.zeros(shape), axis=axis, k=k, ret_typ=ret))
show("topk 0-d", lambda: npx.topk(np.array(3.)))
show("topk 0-d axis=None", lambda: npx.topk(np.array(3.), axis=None))
for shape, units in [((0, 12), 12), ((0, 3, 4), 12), ((0, 3), 3)]:
    for flatten in [True, False]:
        w = np.ones((5, units if flatten else shape[-1]))
        show(f"fully_connected {shape} flatten={flatten}",
             lambda: npx.fully_connected(np.ones(shape), w, np.ones(5), num_hidden=5, flatten=flatten))
for flatten in [True, False]:
    show(f"fully_connected 0-d flatten={flatten}",
         lambda: npx.fully_connected(np.array(2.), np.ones((5, 1)), np.ones(5), num_hidden=5, flatten=flatten))
# (last: after it, MXNet refuses the next read of another array)
for mode, size in [("gru", 126), ("lstm", 168), ("rnn_tanh", 42)]:
    show(f"rnn {mode} of an empty sequence", lambda: npx.rnn(np.ones((0, 3, 2)), np.ones(size), np.ones((2, 3, 3)),
                                                             *([np.ones((2, 3, 3))] if mode == "lstm" else []),
                                                             state_size=3, num_layers=1, mode=mode, bidirectional=True))
